# Builtin classes with no constructor (CPython's static types with tp_new NULL: dict views and
# iterators, generators, builtin functions, descriptors) cannot be called: "cannot create 'X'
# instances", and have no __new__ of their own.
import types, functools
objs = [{}.keys(), {}.values(), {}.items(), iter({}), iter({}.values()), iter({}.items()), iter([]), iter(()),
        iter(b''), iter(range(1)), iter(set()), reversed([]), reversed(range(1)), (x for x in []),
        types.MappingProxyType({}).keys(), len, [].append, list.append, list.__add__, [].__add__, int.real,
        type.__dict__['__mro__'], None, NotImplemented, ..., iter(lambda: 0, 1), zip(), map(len, []), filter(None, []),
        memoryview(b''), slice(1), range(1), property(), staticmethod(len), super(int, 1), types.SimpleNamespace(),
        functools.cmp_to_key(lambda a, b: 0)(1), int | str]
for o in objs:
    t = type(o)
    try:
        r = t()
        print(t.__name__, 'made', type(r).__name__)
    except TypeError as e:
        print(t.__name__, 'TypeError', e)
    except Exception as e:
        print(t.__name__, type(e).__name__, e)
    print('  own __new__:', '__new__' in t.__dict__)
