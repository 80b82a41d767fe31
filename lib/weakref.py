"""weakref for pystm — with STRONG references.

pystm's heap has a tracing collector but no weak-reference support yet, so every "weak"
reference here keeps its object alive: ref(obj)() always returns obj, WeakValueDictionary and
WeakKeyDictionary never lose entries, WeakSet never shrinks, callbacks passed to ref() never run,
and finalize() callbacks run only when called, or at interpreter exit (atexit=True). Programs that
use weak references as caches or registries behave correctly, only without the memory savings;
programs that wait for an object to disappear will not see it happen.
"""

import atexit as _atexit

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs', 'WeakKeyDictionary',
           'ReferenceType', 'ProxyType', 'CallableProxyType', 'ProxyTypes',
           'WeakValueDictionary', 'WeakSet', 'WeakMethod', 'finalize']


class ref:
    """ref(obj[, callback]): calling it returns obj (always, here)."""

    __slots__ = ('_obj', '__callback__')

    def __init__(self, obj, callback=None):
        self._obj = obj
        self.__callback__ = callback

    def __call__(self):
        return self._obj

    def __eq__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        return self._obj == other._obj

    def __ne__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        return self._obj != other._obj

    def __hash__(self):
        return hash(self._obj)

    def __repr__(self):
        return f'<weakref; to {type(self._obj).__name__!r}>'

    @classmethod
    def __class_getitem__(cls, item):
        return cls


ReferenceType = ref


class WeakMethod(ref):
    """A ref to a bound method that re-binds the function to its (kept) instance."""

    __slots__ = ('_func',)

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError(f'argument should be a bound method, not {type(meth)}') from None
        ref.__init__(self, obj, callback)
        self._func = func

    def __call__(self):
        return self._func.__get__(self._obj, type(self._obj))


class ProxyType:
    """proxy(obj): forwards attribute access and operators to obj."""

    __slots__ = ('_obj',)

    def __init__(self, obj, callback=None):
        object.__setattr__(self, '_obj', obj)

    def __getattr__(self, name):
        return getattr(object.__getattribute__(self, '_obj'), name)

    def __setattr__(self, name, value):
        setattr(object.__getattribute__(self, '_obj'), name, value)

    def __delattr__(self, name):
        delattr(object.__getattribute__(self, '_obj'), name)

    def __repr__(self):
        o = object.__getattribute__(self, '_obj')
        return f'<weakproxy; to {type(o).__name__!r}>'

    def __str__(self):
        return str(object.__getattribute__(self, '_obj'))

    def __bool__(self):
        return bool(object.__getattribute__(self, '_obj'))

    def __len__(self):
        return len(object.__getattribute__(self, '_obj'))

    def __iter__(self):
        return iter(object.__getattribute__(self, '_obj'))

    def __getitem__(self, k):
        return object.__getattribute__(self, '_obj')[k]

    def __setitem__(self, k, v):
        object.__getattribute__(self, '_obj')[k] = v

    def __contains__(self, k):
        return k in object.__getattribute__(self, '_obj')

    def __eq__(self, other):
        return object.__getattribute__(self, '_obj') == other

    def __call__(self, *args, **kwargs):
        return object.__getattribute__(self, '_obj')(*args, **kwargs)

    __hash__ = None


CallableProxyType = ProxyType
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    return ProxyType(obj, callback)


def getweakrefcount(obj):
    return 0


def getweakrefs(obj):
    return []


class WeakValueDictionary(dict):
    """A dict (entries are never dropped here)."""

    def itervaluerefs(self):
        return (ref(v) for v in self.values())

    def valuerefs(self):
        return [ref(v) for v in self.values()]

    def copy(self):
        return WeakValueDictionary(self)

    __copy__ = copy

    def __repr__(self):
        return f'<WeakValueDictionary at {id(self):#x}>'


class WeakKeyDictionary(dict):
    """A dict (entries are never dropped here)."""

    def keyrefs(self):
        return [ref(k) for k in self.keys()]

    def copy(self):
        return WeakKeyDictionary(self)

    __copy__ = copy

    def __repr__(self):
        return f'<WeakKeyDictionary at {id(self):#x}>'


class WeakSet(set):
    """A set (members are never dropped here)."""

    def copy(self):
        return WeakSet(self)

    def __repr__(self):
        return f'{{{", ".join(repr(x) for x in self)}}}' if self else 'WeakSet()'


class finalize:
    """finalize(obj, func, *args, **kwargs): func runs once, when called or at exit."""

    _registry = []
    _registered_with_atexit = False

    def __init__(self, obj, func, /, *args, **kwargs):
        self._obj = obj
        self._info = (func, args, kwargs)
        self.atexit = True
        finalize._registry.append(self)
        if not finalize._registered_with_atexit:
            finalize._registered_with_atexit = True
            _atexit.register(finalize._exitfunc)

    def __call__(self, _=None):
        info = self._info
        if info is None:
            return None
        self._info = None
        if self in finalize._registry:
            finalize._registry.remove(self)
        func, args, kwargs = info
        return func(*args, **(kwargs or {}))

    def detach(self):
        info = self._info
        if info is None:
            return None
        self._info = None
        return (self._obj,) + info

    def peek(self):
        info = self._info
        return None if info is None else (self._obj,) + info

    @property
    def alive(self):
        return self._info is not None

    @classmethod
    def _exitfunc(cls):
        pending = [f for f in cls._registry if f.atexit and f._info is not None]
        cls._registry = []
        for f in reversed(pending):
            f()
