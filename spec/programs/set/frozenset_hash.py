# hash() of frozensets (cached, so nested frozensets hash in linear time) and of subclasses of
# frozenset, tuple and int, with and without their own __hash__.
class F(frozenset): pass
class G(frozenset):
    def __hash__(self): return 42
class Tu(tuple):
    def __hash__(self): return 7
class Tv(tuple): pass
class I(int):
    def __hash__(self): return 3
class J(int):
    def __eq__(self, o): return True
a = frozenset([1, 2, 3])
print(hash(F([1, 2, 3])) == hash(a), hash(G()), hash(Tu((1, 2))), hash(Tv((1, 2))) == hash((1, 2)), hash(I(5)))
try:
    hash(J(1))
except TypeError as e:
    print(e)
b = frozenset([a, frozenset(), 7])
print(hash(a), hash(b), hash(frozenset([b, a])), hash(frozenset()), hash(frozenset([-1, 2**70])))
print({a: 1}[frozenset({3, 2, 1})], {1, 2, 3} in {a})
import itertools
def zf_range(n):
    nums = [frozenset()]
    for i in range(n - 1):
        nums.append(frozenset(nums))
    return nums[:n]
def powerset(s):
    for i in range(len(s) + 1):
        yield from map(frozenset, itertools.combinations(s, i))
for n in range(13):
    mask = 2 ** n - 1
    print(n, [len({h & mask for h in map(hash, powerset(nums(n)))}) for nums in (range, zf_range)])
