# copy for pystm: shallow and deep copy. Written for pystm from the documented behaviour; no
# CPython code. Order of preference for an object x of class C: atomic types are returned as
# they are; built-in containers have direct copiers; then C.__copy__ / x.__deepcopy__(memo);
# then an overridden __reduce_ex__(4) or __reduce__(); otherwise the object is rebuilt here
# directly (C.__new__(C, *getnewargs) plus its __dict__ / __slots__ state, list items and dict
# items); the slot names come from copyreg._slotnames, which caches them as cls.__slotnames__
# as CPython's object.__reduce_ex__ does.
# deepcopy's memo maps id(original) -> copy and keeps originals alive under id(memo).

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error


def _function():
    pass


class _C:
    def _method(self):
        pass


from _weakref import ref as _weakref_ref

_atomic = {type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex, str,
           bytes, type, range, property, type(_function), type(len),
           type(_function.__code__), _weakref_ref}
# A bound method is immutable for copy() (CPython rebuilds an equal one via its __reduce__);
# deepcopy() copies its __self__. A slice too: copy() keeps it, deepcopy() copies its bounds.
_immutable = _atomic | {tuple, frozenset, slice, type(_C()._method)}

from copyreg import _slotnames  # cached as cls.__slotnames__, as CPython's reduce does
from copyreg import dispatch_table as _dispatch_table

_object_reduce_ex = getattr(object, '__reduce_ex__', None)
_object_reduce = getattr(object, '__reduce__', None)
_object_getstate = getattr(object, '__getstate__', None)


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _newobj_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _default_state(x, cls):
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getstate is not _object_getstate:
        return x.__getstate__()
    d = getattr(x, '__dict__', None)
    state = d if d else None
    slots = {}
    for name in _slotnames(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


_builtin_bases = (int, float, complex, str, bytes, tuple, frozenset)


def _reduce(x, cls):
    """The 5-tuple (or string) that tells how to rebuild x, as __reduce_ex__(4) would: a
    copyreg.pickle() reductor first, None when x has neither __reduce_ex__ nor __reduce__."""
    reductor = _dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    if getattr(x, '__reduce_ex__', None) is None and getattr(x, '__reduce__', None) is None:
        return None
    reduce_ex = getattr(cls, '__reduce_ex__', None)
    if reduce_ex is not None and reduce_ex is not _object_reduce_ex:
        return x.__reduce_ex__(4)
    reduce = getattr(cls, '__reduce__', None)
    if reduce is not None and reduce is not _object_reduce:
        return x.__reduce__()
    if cls.__module__ == 'builtins' and cls not in (object, list, dict, set, bytearray):
        if cls is memoryview:   # (a variable-size C type: object.__reduce_ex__ says so)
            raise TypeError('cannot pickle memoryview objects')
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    if isinstance(x, (set, frozenset)):
        return (cls, (list(x),), _default_state(x, cls))
    getnewargs_ex = getattr(x, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
        rv = [_newobj_ex, (cls, args, kwargs), _default_state(x, cls)]
    else:
        getnewargs = getattr(x, '__getnewargs__', None)
        if getnewargs is not None:
            args = getnewargs()
        else:
            args = ()
            for base in _builtin_bases:
                if isinstance(x, base):
                    args = (base(x),)
                    break
        rv = [_newobj, (cls,) + tuple(args), _default_state(x, cls)]
    rv.append(iter(x) if isinstance(x, list) else None)
    rv.append(iter(x.items()) if isinstance(x, dict) else None)
    return tuple(rv)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _immutable:
        return x
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if rv is None:
        raise Error('un(shallow)copyable object of type %s' % cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic:
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        append = y.append
        for a in x:
            append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        try:
            return memo[d]
        except KeyError:
            pass
        same = True
        for k, j in zip(x, items):
            if k is not j:
                same = False
                break
        y = x if same else tuple(items)
    elif cls is set or cls is frozenset:
        y = cls([deepcopy(a, memo) for a in x])
    elif cls is bytearray:
        y = bytearray(x)
    elif cls is type(_C()._method):
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if rv is None:
                raise Error('un(deep)copyable object of type %s' % cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # Keep x alive as long as memo, so that its id cannot be reused by another object.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = [deepcopy(arg, memo) for arg in args]
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
