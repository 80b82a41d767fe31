# Ranges and slices beyond 2**53: slicing a huge range, slice.indices() with exact integers, an
# __index__ that raises propagates its own exception; range, slice, range_iterator, enumerate and
# reversed reduce (copy.copy / copy.deepcopy) as CPython's do.
import copy
x = range(10**30)
print(x[10**25:10**25+3], x[10**25:10**25+1][0], x[-5:][1], x[::-1][:2], x[::2**70][1])
print(slice(None, None, None).indices(2**100), slice(-5, None, -1).indices(2**70), slice(1, 2, 3).indices(10))
class IX:
    def __index__(self):
        raise RuntimeError('boom')
for f in [lambda: range(IX()), lambda: range('a'), lambda: [1, 2][IX():], lambda: [1, 2]['a':]]:
    try:
        f()
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, e)
print(range(0, 20, 3)[1:5], range(10)[::-3], range(10)[8:2:-2], list(range(10)[-100:100]))
print(range(5).index(True), range(5).count(True), range(5).count(1.0), range(10).count(2.5))
class AlwaysEq:
    def __eq__(self, other):
        return True
print(range(3, 9).index(AlwaysEq()), range(3, 9).count(AlwaysEq()))
for f in [lambda: range(3).index('a'), lambda: range(3).index(7)]:
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
for obj in [range(3, 20, 4), slice(1, None, 2), range(10**20)]:
    print(obj, copy.copy(obj), copy.deepcopy(obj) == obj, obj.__reduce__())
it = iter(range(10)); next(it); next(it)
print(it.__reduce__()[2], list(copy.copy(it)), list(it))
e = enumerate('abc', 5); next(e)
print(list(copy.copy(e)), list(e))
class S:
    def __len__(self): return 4
    def __getitem__(self, i):
        if i >= 4: raise IndexError
        return i * 10
r = reversed(S()); next(r)
print(list(copy.copy(r)), list(r), r.__reduce__()[1])
