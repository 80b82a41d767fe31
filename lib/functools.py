# functools for pystm: higher-order functions and decorators. Written for pystm from the
# documented behaviour; no CPython code. partial is a plain class (flattening nested partials
# as CPython does); cmp_to_key, reduce, partial and _lru_cache_wrapper are replaced by the native
# _functools ones when it can be imported (as CPython's functools.py; the Python versions stay
# for test_functools' py_functools); the Python lru_cache keeps its entries in an insertion-ordered dict, the oldest entry
# first, and moves an entry to the end on each hit; singledispatch walks the argument class's
# __mro__ and then the registered ABCs (a simplified form of CPython's ABC-aware MRO merge).

import sys as _sys
from abc import get_cache_token
from collections import namedtuple
# (functools.RLock exists as in CPython 3.11, but cached_property takes no lock, as in 3.12: a
# lock taken inside __get__ is a nested wait in pystm, and two threads contending for one there
# could deadlock -- see "Waiting and deadlock" in vm/NOTES.md)
from _thread import RLock

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

_GenericAlias = type(list[int])
_MappingProxy = type(type.__dict__)

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory to apply update_wrapper() to a wrapper function."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


_repr_running = set()


def recursive_repr(fillvalue='...'):
    """Decorator to make a repr function return fillvalue for a recursive call."""
    def decorating_function(user_function):
        def wrapper(self):
            key = id(self)
            if key in _repr_running:
                return fillvalue
            _repr_running.add(key)
            try:
                return user_function(self)
            finally:
                _repr_running.discard(key)
        update_wrapper(wrapper, user_function)
        return wrapper
    return decorating_function


# ---- total_ordering ----------------------------------------------------------------------

def _gt_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other


def _le_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other


def _ge_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _ge_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other


def _lt_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other


def _gt_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _lt_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other


def _ge_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other


def _le_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _le_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other


def _gt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other


def _lt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r


_convert = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods from one that is defined."""
    roots = set()
    for op in ('__lt__', '__le__', '__gt__', '__ge__'):
        if getattr(cls, op, None) is not getattr(object, op, None):
            roots.add(op)
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)
    for opname, opfunc in _convert[root]:
        if opname not in roots:
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls


# ---- cmp_to_key --------------------------------------------------------------------------

def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    class KeyWrapper:
        __slots__ = ('obj',)

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None

    return KeyWrapper


try:
    from _functools import cmp_to_key
except ImportError:
    pass


# ---- reduce ------------------------------------------------------------------------------

_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing):
    """reduce(function, iterable[, initial]) -> value

    Apply a function of two arguments cumulatively to the items of a sequence or iterable,
    from left to right, so as to reduce the iterable to a single value."""
    try:
        it = iter(sequence)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if initial is _initial_missing:
        for value in it:
            break
        else:
            raise TypeError('reduce() of empty iterable with no initial value')
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


try:
    from _functools import reduce
except ImportError:
    pass


# ---- partial / partialmethod -------------------------------------------------------------

class partial:
    """New function with partial application of the given arguments and keywords."""
    __slots__ = ('_func', '_args', '_keywords', '__dict__', '__weakref__')

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func = args[0]
        args = args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial) and type(func).__call__ is partial.__call__ and not func.__dict__:
            args = func._args + args
            keywords = {**func._keywords, **keywords}
            func = func._func
        self = object.__new__(cls)
        self._func = func
        self._args = args
        self._keywords = keywords
        return self

    @property
    def func(self):
        """function object to use in future partial calls"""
        return self._func

    @func.setter
    def func(self, value):
        raise AttributeError('readonly attribute')

    @property
    def args(self):
        """tuple of arguments to future partial calls"""
        return self._args

    @args.setter
    def args(self, value):
        raise AttributeError('readonly attribute')

    @property
    def keywords(self):
        """dictionary of keyword arguments to future partial calls"""
        return self._keywords

    @keywords.setter
    def keywords(self, value):
        raise AttributeError('readonly attribute')

    def __call__(self, /, *args, **keywords):
        if self._keywords:
            keywords = {**self._keywords, **keywords}
        return self._func(*self._args, *args, **keywords)

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = [repr(self._func)]
            for a in self._args:
                parts.append(repr(a))
            for k, v in self._keywords.items():
                parts.append('%s=%r' % (k, v))
        finally:
            _repr_running.discard(key)
        name = 'functools.partial' if type(self) is partial else type(self).__name__
        return '%s(%s)' % (name, ', '.join(parts))

    def __reduce__(self):
        return (type(self), (self._func,),
                (self._func, self._args, self._keywords or None, self.__dict__ or None))

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError('argument to __setstate__ must be a tuple')
        if len(state) != 4:
            raise TypeError('expected 4 items in state, got %d' % len(state))
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple) or
                (kwds is not None and not isinstance(kwds, dict)) or
                (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError('invalid partial state')
        # (as CPython's: an exact dict of keywords is kept as is, the namespace replaces __dict__)
        if kwds is None:
            kwds = {}
        elif type(kwds) is not dict:
            kwds = dict(kwds)
        self.__dict__ = namespace if namespace is not None else {}
        self._func = func
        self._args = tuple(args)
        self._keywords = kwds

    __class_getitem__ = classmethod(_GenericAlias)


try:
    from _functools import partial
except ImportError:
    pass


class partialmethod:
    """Method descriptor with partial application of the given arguments and keywords.
    Supports wrapping existing descriptors and handles non-descriptor callables as instance
    methods."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        for a in self.args:
            parts.append(repr(a))
        for k, v in self.keywords.items():
            parts.append('%s=%r' % (k, v))
        return '%s.%s(%s)' % (self.__class__.__module__, self.__class__.__qualname__, ', '.join(parts))

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, '__get__', None)
        result = None
        if get is not None:
            new_func = get(obj, cls)
            if new_func is not self.func:
                result = partial(new_func, *self.args, **self.keywords)
                try:
                    result.__self__ = new_func.__self__
                except AttributeError:
                    pass
        if result is None:
            result = self._make_unbound_method().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    __class_getitem__ = classmethod(_GenericAlias)


# ---- lru_cache ---------------------------------------------------------------------------

_CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])

def _unwrap_partial(func):
    """The function under any number of partial() layers (inspect and dataclasses use it)."""
    while isinstance(func, partial):
        func = func.func
    return func


_kwd_mark = object()
_fasttypes = (int, str)


class _HashedSeq(list):
    """A key tuple's items with its hash computed once: the cache hashes the arguments once per
    call, as CPython's."""
    __slots__ = 'hashvalue'

    def __init__(self, tup, hash=hash):
        self[:] = tup
        self.hashvalue = hash(tup)

    def __hash__(self):
        return self.hashvalue


def _make_key(args, kwds, typed, len=len):
    # (len bound at definition: the cache may wrap builtins.len itself)
    key = args
    if kwds:
        key = key + (_kwd_mark,)
        for item in kwds.items():
            key = key + item
    if typed:
        key = key + tuple([type(v) for v in args])
        if kwds:
            key = key + tuple([type(v) for v in kwds.values()])
    elif len(key) == 1 and type(key[0]) in _fasttypes:
        return key[0]
    return _HashedSeq(key)


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    If maxsize is None, the cache grows without bound. With typed true, arguments of
    different types are cached separately. View statistics with f.cache_info(); clear the
    cache with f.cache_clear(); the wrapped function is f.__wrapped__."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function


def _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo):
    sentinel = object()
    cache = {}
    cache_len = cache.__len__   # not len(): the cached function may be builtins.len itself
    stats = [0, 0]          # hits, misses

    if maxsize == 0:
        def wrapper(*args, **kwds):
            stats[1] += 1
            return user_function(*args, **kwds)

    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.get(key, sentinel)
            if result is not sentinel:
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result

    else:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.get(key, sentinel)
            if result is not sentinel:
                del cache[key]
                cache[key] = result         # now the most recently used
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            if key in cache:
                # A recursive call cached the same key meanwhile; keep that entry.
                return result
            cache[key] = result
            if cache_len() > maxsize:
                del cache[next(iter(cache))]
            return result

    def cache_info():
        """Report cache statistics"""
        return _CacheInfo(stats[0], stats[1], maxsize, cache_len())

    def cache_clear():
        """Clear the cache and cache statistics"""
        cache.clear()
        stats[0] = 0
        stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


try:
    from _functools import _lru_cache_wrapper
except ImportError:
    pass


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


# ---- singledispatch ----------------------------------------------------------------------

def _is_union(cls):
    """int | str, or typing.Union[...] / typing.Optional[...] (3.11 dispatches on both)."""
    if type(cls) is type(int | str):
        return True
    typing = _sys.modules.get('typing')
    return typing is not None and getattr(cls, '__origin__', None) is typing.Union


# ---- singledispatch's MRO with ABCs --------------------------------------------------------
# The dispatch order of a class is its MRO with the registered ABCs it is a (virtual) subclass
# of merged in (C3 linearisation), each ABC placed right after the classes that make the class
# its subclass: _compose_mro picks the relevant registered types, _c3_mro linearises.

def _c3_merge(sequences):
    """C3 merge of lists of classes: repeatedly take the first head that is in no other list's
    tail. RuntimeError when no such head exists."""
    seqs = [list(seq) for seq in sequences]
    merged = []
    while True:
        seqs = [seq for seq in seqs if seq]
        if not seqs:
            return merged
        head = None
        for seq in seqs:
            if not any(seq[0] in other[1:] for other in seqs):
                head = seq[0]
                break
        if head is None:
            raise RuntimeError('Inconsistent hierarchy')
        merged.append(head)
        for seq in seqs:
            if seq[0] == head:
                del seq[0]


def _c3_mro(cls, abcs=None):
    """cls's MRO by C3 over its bases and the given ABCs (those cls is a subclass of, but no
    base is, are inserted after the last explicit base that is itself an ABC)."""
    bases = cls.__bases__
    split = 0
    for i in range(len(bases) - 1, -1, -1):
        if hasattr(bases[i], '__abstractmethods__'):
            split = i + 1
            break
    remaining = list(abcs) if abcs else []
    explicit = list(bases[:split])
    others = list(bases[split:])
    implied = [abc for abc in remaining
               if issubclass(cls, abc) and not any(issubclass(b, abc) for b in bases)]
    for abc in implied:
        remaining.remove(abc)
    groups = explicit + implied + others
    return _c3_merge([[cls]] + [_c3_mro(b, abcs=remaining) for b in groups]
                     + [explicit, implied, others])


def _compose_mro(cls, types):
    """cls's dispatch MRO, with the relevant members of `types` (the registered classes)."""
    own = set(cls.__mro__)

    def related(t):
        return (t not in own and hasattr(t, '__mro__') and not isinstance(t, _GenericAlias)
                and issubclass(cls, t))

    candidates = [t for t in types if related(t)]
    # a type that is a base of another candidate comes with that one's MRO
    candidates = [t for t in candidates
                  if not any(t != o and t in o.__mro__ for o in candidates)]
    wanted = set(candidates)
    ordered = []
    for t in candidates:
        via = []
        for sub in t.__subclasses__():
            if sub not in own and issubclass(cls, sub):
                via.append([s for s in sub.__mro__ if s in wanted])
        if not via:
            ordered.append(t)
            continue
        via.sort(key=len, reverse=True)
        for chain in via:
            for c in chain:
                if c not in ordered:
                    ordered.append(c)
    return _c3_mro(cls, abcs=ordered)


def _find_impl(cls, registry):
    """The registered implementation for cls: the first match along the dispatch MRO; two
    registered ABCs that neither the class nor each other order are ambiguous."""
    mro = _compose_mro(cls, registry.keys())
    match = None
    for t in mro:
        if match is not None:
            if (t in registry and t not in cls.__mro__ and match not in cls.__mro__
                    and not issubclass(match, t)):
                raise RuntimeError('Ambiguous dispatch: %s or %s' % (match, t))
            break
        if t in registry:
            match = t
    return registry.get(match)


def singledispatch(func):
    """Single-dispatch generic function decorator: the implementation is chosen by the type
    of the first argument; add implementations with .register()."""
    import weakref
    registry = {}
    # (a WeakKeyDictionary, as CPython's: classes are not kept alive by a dispatch cache)
    dispatch_cache = weakref.WeakKeyDictionary()
    cache_token = [None]

    def dispatch(cls):
        """Return the implementation registered for cls (or its nearest base)."""
        if cache_token[0] is not None:
            current = get_cache_token()
            if cache_token[0] != current:
                dispatch_cache.clear()
                cache_token[0] = current
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        impl = registry.get(cls)
        if impl is None:
            impl = _find_impl(cls, registry)
        dispatch_cache[cls] = impl
        return impl

    def _is_valid_dispatch_type(cls):
        if isinstance(cls, type):
            return True
        return _is_union(cls) and all(isinstance(arg, type) for arg in cls.__args__)

    def register(cls, func=None):
        """Register func as the implementation for cls (also usable as a decorator, with a
        class or on a function whose first parameter is annotated)."""
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError('Invalid first argument to `register()`. %r is not a class or '
                                'union type.' % (cls,))
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError(
                    'Invalid first argument to `register()`: %r. Use either '
                    '`@register(some_class)` or plain `@register` on an annotated function.'
                    % (cls,))
            func = cls
            argname, cls = next(iter(ann.items()))
            if isinstance(cls, str):
                cls = eval(cls, getattr(func, '__globals__', {}))
            if not _is_valid_dispatch_type(cls):
                if _is_union(cls):
                    raise TypeError('Invalid annotation for %r. %r not all arguments are classes.'
                                    % (argname, cls))
                raise TypeError('Invalid annotation for %r. %r is not a class.' % (argname, cls))
        if _is_union(cls):
            for arg in cls.__args__:
                registry[arg] = func
        else:
            registry[cls] = func
        if cache_token[0] is None and hasattr(cls, '__abstractmethods__'):
            cache_token[0] = get_cache_token()
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError('%s requires at least 1 positional argument' % funcname)
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = _MappingProxy(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor (dispatches on the first non-self argument)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Register a method implementation for cls."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# ---- cached_property ---------------------------------------------------------------------

_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance and then stored in the instance __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different names '
                            '(%r and %r).' % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError('Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError("No '__dict__' attribute on %r instance to cache %r property."
                            % (type(instance).__name__, self.attrname)) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            try:
                cache[self.attrname] = val
            except TypeError:
                raise TypeError("The '__dict__' attribute on %r instance does not support item "
                                "assignment for caching %r property."
                                % (type(instance).__name__, self.attrname)) from None
        return val

    __class_getitem__ = classmethod(_GenericAlias)
