# Which dunders builtin classes have: unhashable classes set __hash__ to None (so Hashable is
# False for them), containers have no __bool__, float has no bitwise dunders, sequences no __radd__.
from collections.abc import Hashable
for v in [{}.keys(), {}.items(), {}.values(), slice(1), [], {}, set(), frozenset(), (), 'a', 1.5, 1j, range(2)]:
    h = type(v).__dict__.get('__hash__', 'inherited')
    print(type(v).__name__, isinstance(v, Hashable), h if h is None or h == 'inherited' else 'defined')
for t, names in [(float, ['__and__', '__lshift__', '__matmul__', '__floordiv__', '__mod__']),
                 (complex, ['__and__', '__floordiv__', '__mod__', '__pow__']),
                 (str, ['__radd__', '__rmul__', '__add__']), (list, ['__bool__', '__radd__', '__len__']),
                 (dict, ['__bool__', '__or__']), (set, ['__bool__']), (type({}.values()), ['__contains__', 'isdisjoint']),
                 (type({}.keys()), ['__contains__', 'isdisjoint', '__reversed__'])]:
    print(t.__name__, [n for n in names if hasattr(t, n)])
print(sorted(n for n in dir(float) if n.startswith('__r')))
