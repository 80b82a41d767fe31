# pprint of the collections types, SimpleNamespace, mappingproxy and dataclasses
import collections
import dataclasses
import pprint
import types
od = collections.OrderedDict((str(i), i * 'ab') for i in range(10))
pprint.pprint(od, width=40)
dd = collections.defaultdict(list, {i: [i] * 10 for i in range(5)})
pprint.pprint(dd, width=40)
pprint.pprint(collections.Counter('abracadabra' * 5 + 'xyzw'), width=30)
pprint.pprint(collections.ChainMap({'a': list(range(20))}, {'b': list(range(20))}), width=40)
pprint.pprint(collections.deque(range(30), maxlen=40), width=40)
pprint.pprint(collections.deque(range(30)), width=40)
pprint.pprint(collections.UserDict({i: 'x' * i for i in range(12)}), width=40)
pprint.pprint(collections.UserList(list(range(30))), width=40)
pprint.pprint(collections.UserString('word ' * 20), width=40)
pprint.pprint(types.SimpleNamespace(alpha=list(range(20)), beta='hello ' * 8), width=40)
@dataclasses.dataclass
class Point:
    x: int
    y: list
    z: str = dataclasses.field(default='zz', repr=False)
@dataclasses.dataclass(repr=False)
class Hidden:
    values: list

    def __repr__(self):
        return 'Hidden(%d values)' % len(self.values)
pprint.pprint(Point(3, list(range(30))), width=40)
pprint.pprint([Point(1, [Point(2, list(range(12)))])], width=30)
pprint.pprint(Hidden(list(range(40))), width=40)
pprint.pprint(types.MappingProxyType({i: 'v' * i for i in range(10)}), width=40)
pprint.pprint({'k': collections.OrderedDict(), 'e': collections.defaultdict(int), 'f': set(),
               'g': frozenset(), 'h': collections.Counter(), 'i': collections.deque()}, width=10)
