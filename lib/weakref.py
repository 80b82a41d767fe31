"""weakref for pystm: weak references the collector clears (written for pystm).

`ref` is native (vm/objects/weakref.ts; the GC side is stmgc/weakrefs.ts). pystm has no
reference counting, so an object dies at the next collection that finds it unreachable, not at
`del`: its weak references go dead and their callbacks run then (as on PyPy). gc.collect() runs
one and the due callbacks before it returns. Callbacks run as ordinary Python code at a safe
point of whichever thread reaches one first, never inside the collector. Everything here
(proxies, WeakMethod, the weak containers, finalize) is built on `ref` and its callbacks.
"""

import sys
import itertools
from _weakref import ref, getweakrefcount, getweakrefs, ReferenceType, _remove_dead_weakref
from _weakrefset import WeakSet, _IterationGuard
from collections.abc import MutableMapping as _MutableMapping, Mapping as _Mapping
from collections.abc import MutableSet as _MutableSet
import atexit as _atexit

_MutableSet.register(WeakSet)  # (as CPython's weakref.py: a WeakSet is a MutableSet)

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]


# ── proxies ──────────────────────────────────────────────────────────────────
# A proxy is a weak reference (a subclass of ref, so the collector clears it the same way) whose
# operations go to the referent; ReferenceError once the referent died.

_deref_ref = ref.__call__


def _target(p):
    o = _deref_ref(p)
    if o is None:
        raise ReferenceError('weakly-referenced object no longer exists')
    return o


def _forward(name):
    def method(self, *args):
        return getattr(_target(self), name)(*args)
    method.__name__ = name
    return method


def _forward_binary(op):
    def method(self, other):
        if isinstance(other, ProxyType):
            other = _target(other)
        return op(_target(self), other)
    return method


def _forward_reflected(op):
    def method(self, other):
        if isinstance(other, ProxyType):
            other = _target(other)
        return op(other, _target(self))
    return method


import operator as _op


class ProxyType(ref):
    def __getattribute__(self, name):
        return getattr(_target(self), name)

    def __setattr__(self, name, value):
        setattr(_target(self), name, value)

    def __delattr__(self, name):
        delattr(_target(self), name)

    def __repr__(self):
        o = _deref_ref(self)
        if o is None:
            return f'<weakproxy at {id(self):#x}; dead>'
        return f'<weakproxy at {id(self):#x} to {type(o).__name__} at {id(o):#x}>'

    def __str__(self):
        return str(_target(self))

    def __bytes__(self):
        return bytes(_target(self))

    def __bool__(self):
        return bool(_target(self))

    def __len__(self):
        return len(_target(self))

    def __iter__(self):
        return iter(_target(self))

    def __next__(self):
        o = _target(self)
        if not hasattr(type(o), '__next__'):
            raise TypeError(f"Weakref proxy referenced a non-iterator '{type(o).__name__}' object")
        return next(o)

    def __reversed__(self):
        return reversed(_target(self))

    def __contains__(self, item):
        return item in _target(self)

    def __getitem__(self, key):
        return _target(self)[key]

    def __setitem__(self, key, value):
        _target(self)[key] = value

    def __delitem__(self, key):
        del _target(self)[key]

    def __call__(self, *args, **kwargs):
        raise TypeError(f"'{type(self).__name__}' object is not callable")

    def __neg__(self):
        return -_target(self)

    def __pos__(self):
        return +_target(self)

    def __abs__(self):
        return abs(_target(self))

    def __invert__(self):
        return ~_target(self)

    def __int__(self):
        return int(_target(self))

    def __float__(self):
        return float(_target(self))

    def __index__(self):
        return _op.index(_target(self))

    __hash__ = None

    __eq__ = _forward_binary(_op.eq)
    __ne__ = _forward_binary(_op.ne)
    __lt__ = _forward_binary(_op.lt)
    __le__ = _forward_binary(_op.le)
    __gt__ = _forward_binary(_op.gt)
    __ge__ = _forward_binary(_op.ge)


for _name, _fn in [('add', _op.add), ('sub', _op.sub), ('mul', _op.mul), ('matmul', _op.matmul),
                   ('truediv', _op.truediv), ('floordiv', _op.floordiv), ('mod', _op.mod),
                   ('divmod', divmod), ('pow', pow), ('lshift', _op.lshift), ('rshift', _op.rshift),
                   ('and', _op.and_), ('xor', _op.xor), ('or', _op.or_)]:
    setattr(ProxyType, f'__{_name}__', _forward_binary(_fn))
    setattr(ProxyType, f'__r{_name}__', _forward_reflected(_fn))
for _name, _fn in [('add', _op.iadd), ('sub', _op.isub), ('mul', _op.imul), ('matmul', _op.imatmul),
                   ('truediv', _op.itruediv), ('floordiv', _op.ifloordiv), ('mod', _op.imod),
                   ('pow', _op.ipow), ('lshift', _op.ilshift), ('rshift', _op.irshift),
                   ('and', _op.iand), ('xor', _op.ixor), ('or', _op.ior)]:
    setattr(ProxyType, f'__i{_name}__', _forward_binary(_fn))
del _name, _fn


class CallableProxyType(ProxyType):
    def __call__(self, *args, **kwargs):
        return _target(self)(*args, **kwargs)


ProxyType.__module__ = CallableProxyType.__module__ = 'weakref'
ProxyTypes = (ProxyType, CallableProxyType)


_callback_of = ref.__dict__['__callback__'].__get__


def proxy(object, callback=None, /):
    """A proxy to object that does not keep it alive (ReferenceError once it died)."""
    cls = CallableProxyType if callable(object) else ProxyType
    if callback is None:
        # CPython shares the proxy without a callback, as it shares the plain ref
        for r in getweakrefs(object):
            if type(r) is cls and _callback_of(r) is None:
                return r
    return cls(object, callback)


# ── WeakMethod ───────────────────────────────────────────────────────────────

class _C:
    def _m(self):
        pass


_MethodType = type(_C()._m)
del _C


class WeakMethod(ref):
    """A weak reference to a bound method: dead once its object or its function died."""

    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None
        box = []

        def _died(_):
            # the object or the function died: report once, with the WeakMethod itself
            if box and box[0]._alive:
                w = box.pop()
                w._alive = False
                if callback is not None:
                    callback(w)

        self = ref.__new__(cls, obj, _died)
        self._func_ref = ref(func, _died)
        self._meth_type = type(meth)
        self._alive = True
        box.append(self)
        return self

    def __call__(self):
        obj = _deref_ref(self)
        func = self._func_ref()
        if obj is None or func is None:
            return None
        if self._meth_type is _MethodType:
            return func.__get__(obj)  # (binds as types.MethodType(func, obj) does)
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    __hash__ = ref.__hash__


# ── WeakValueDictionary ──────────────────────────────────────────────────────

class KeyedRef(ref):
    """A ref that remembers the key it is stored under (WeakValueDictionary's values)."""

    __slots__ = ("key",)

    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


# `|`, reflected `|` and `|=` of the two weak dictionaries (the same code for both)
def _mapping_or(self, other):
    if isinstance(other, _Mapping):
        c = self.copy()
        c.update(other)
        return c
    return NotImplemented


def _mapping_ror(self, other):
    if isinstance(other, _Mapping):
        c = self.__class__()
        c.update(other)
        c.update(self)
        return c
    return NotImplemented


def _mapping_ior(self, other):
    self.update(other)
    return self


class WeakValueDictionary(_MutableMapping):
    """A mapping whose entries go away when their value dies."""

    def __init__(self, other=(), /, **kw):
        def remove(wr, selfref=ref(self), _remove=_remove_dead_weakref):
            d = selfref()
            if d is not None:
                if d._iterating:
                    d._pending_removals.append(wr.key)
                else:
                    _remove(d.data, wr.key)
        self._remove = remove
        self._pending_removals = []
        self._iterating = set()
        self.data = {}
        self.update(other, **kw)

    def _commit_removals(self):
        pop = self._pending_removals.pop
        d = self.data
        while self._pending_removals:
            _remove_dead_weakref(d, pop())

    def __getitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        del self.data[key]

    def __len__(self):
        if self._pending_removals:
            self._commit_removals()
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def __contains__(self, key):
        if self._pending_removals:
            self._commit_removals()
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        if self._pending_removals:
            self._commit_removals()
        self.data[key] = KeyedRef(value, self._remove, key)

    def copy(self):
        if self._pending_removals:
            self._commit_removals()
        new = WeakValueDictionary()
        with _IterationGuard(self):
            for key, wr in self.data.items():
                o = wr()
                if o is not None:
                    new[key] = o
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        if self._pending_removals:
            self._commit_removals()
        new = self.__class__()
        with _IterationGuard(self):
            for key, wr in self.data.items():
                o = wr()
                if o is not None:
                    new[deepcopy(key, memo)] = o
        return new

    def get(self, key, default=None):
        if self._pending_removals:
            self._commit_removals()
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for k, wr in self.data.items():
                v = wr()
                if v is not None:
                    yield k, v

    def keys(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for k, wr in self.data.items():
                if wr() is not None:
                    yield k

    __iter__ = keys

    def itervaluerefs(self):
        """An iterator over the KeyedRefs of the values (they may die meanwhile)."""
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            yield from self.data.values()

    def values(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for wr in self.data.values():
                o = wr()
                if o is not None:
                    yield o

    def popitem(self):
        if self._pending_removals:
            self._commit_removals()
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        if self._pending_removals:
            self._commit_removals()
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            if self._pending_removals:
                self._commit_removals()
            self.data[key] = KeyedRef(default, self._remove, key)
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if self._pending_removals:
            self._commit_removals()
        d = self.data
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                d[key] = KeyedRef(o, self._remove, key)
        for key, o in kwargs.items():
            d[key] = KeyedRef(o, self._remove, key)

    def valuerefs(self):
        """A list of the KeyedRefs of the values."""
        if self._pending_removals:
            self._commit_removals()
        return list(self.data.values())

    __or__ = _mapping_or
    __ror__ = _mapping_ror
    __ior__ = _mapping_ior


# ── WeakKeyDictionary ────────────────────────────────────────────────────────

class WeakKeyDictionary(_MutableMapping):
    """A mapping whose entries go away when their key dies."""

    def __init__(self, dict=None):
        self.data = {}

        def remove(k, selfref=ref(self)):
            d = selfref()
            if d is not None:
                if d._iterating:
                    d._pending_removals.append(k)
                else:
                    try:
                        del d.data[k]
                    except KeyError:
                        pass
        self._remove = remove
        self._pending_removals = []
        self._iterating = set()
        self._dirty_len = False
        if dict is not None:
            self.update(dict)

    def _commit_removals(self):
        pop = self._pending_removals.pop
        d = self.data
        while self._pending_removals:
            try:
                del d[pop()]
            except KeyError:
                pass

    def _scrub_removals(self):
        d = self.data
        self._pending_removals = [k for k in self._pending_removals if k in d]
        self._dirty_len = False

    def __delitem__(self, key):
        self._dirty_len = True
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        if self._dirty_len and self._pending_removals:
            self._scrub_removals()
        return len(self.data) - len(self._pending_removals)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def copy(self):
        new = WeakKeyDictionary()
        with _IterationGuard(self):
            for key, value in self.data.items():
                o = key()
                if o is not None:
                    new[o] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        with _IterationGuard(self):
            for key, value in self.data.items():
                o = key()
                if o is not None:
                    new[o] = deepcopy(value, memo)
        return new

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        with _IterationGuard(self):
            for wr, value in self.data.items():
                key = wr()
                if key is not None:
                    yield key, value

    def keys(self):
        with _IterationGuard(self):
            for wr in self.data:
                o = wr()
                if o is not None:
                    yield o

    __iter__ = keys

    def values(self):
        with _IterationGuard(self):
            for wr, value in self.data.items():
                if wr() is not None:
                    yield value

    def keyrefs(self):
        """A list of the weak references to the keys."""
        return list(self.data)

    def popitem(self):
        self._dirty_len = True
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        self._dirty_len = True
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        d = self.data
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                d[ref(key, self._remove)] = value
        if len(kwargs):
            self.update(kwargs)

    __or__ = _mapping_or
    __ror__ = _mapping_ror
    __ior__ = _mapping_ior


# ── finalize ─────────────────────────────────────────────────────────────────

class finalize:
    """finalize(obj, func, /, *args, **kwargs): calls func(*args, **kwargs) once, when obj dies
    (at the collection that finds it dead), when the finalizer is called, or at exit."""

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _index_iter = itertools.count()
    _dirty = False
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not self._registered_with_atexit:
            _atexit.register(self._exitfunc)
            finalize._registered_with_atexit = True
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = next(self._index_iter)
        self._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        """Calls the function now if the finalizer is alive; returns its result (else None)."""
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """Kills the finalizer; returns (obj, func, args, kwargs) if it was alive."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """(obj, func, args, kwargs) if the finalizer is alive, else None."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in self._registry

    @property
    def atexit(self):
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        items = [(f, i) for (f, i) in cls._registry.items() if i.atexit]
        items.sort(key=lambda item: item[1].index)
        return [f for (f, i) in items]

    @classmethod
    def _exitfunc(cls):
        reenable_gc = False
        try:
            if cls._registry:
                import gc
                if gc.isenabled():
                    reenable_gc = True
                    gc.disable()
                pending = None
                while True:
                    if pending is None or finalize._dirty:
                        pending = cls._select_for_exit()
                        finalize._dirty = False
                    if not pending:
                        break
                    f = pending.pop()
                    try:
                        f()
                    except Exception:
                        sys.excepthook(*sys.exc_info())
                    assert f not in cls._registry
        finally:
            finalize._shutdown = True
            if reenable_gc:
                gc.enable()
