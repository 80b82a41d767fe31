# pprint of dicts, lists, tuples and sets wider than the line, with indent, width and depth
import pprint
d = {'key%d' % i: list(range(i * 3)) for i in range(8)}
d['nested'] = {'a': (1, 2, 3) * 5, 'c': frozenset(range(30)), 't': (1,), 's': set(range(25, 0, -1))}
pprint.pprint(d)
pprint.pprint(d, width=40, indent=4)
pprint.pprint(d, depth=2)
pprint.pprint(d, depth=1)
pprint.pprint([[i] * i for i in range(12)], width=30)
pprint.pprint(tuple(range(40)), width=30)
pprint.pprint(((1,), (), [], {}, set(), frozenset()), width=5)
pprint.pprint({1: 'a', 'b': 2, None: 3, (1, 2): 4, 2.5: [1] * 30}, width=20)
pprint.pprint({3, 1.5, None, (2, 1)}, width=10)
class MyDict(dict):
    pass
class MyList(list):
    def __repr__(self):
        return 'MyList!'
pprint.pprint(MyDict({i: str(i) * 10 for i in range(6)}), width=30)
pprint.pprint([MyList(range(50))], width=10)
print(pprint.pformat((1,), width=1), pprint.pformat((), width=1), pprint.pformat([[[[1]]]], depth=2))
