# Set operations whose elements' __eq__ clears the sets (bpo-46615): no hang, no crash.
import sys
from random import randrange, seed
seed(9)
class SetSubclass(set): pass
def make(c1, c2):
    class Bad:
        def __eq__(self, other):
            if not enabled: return False
            if randrange(20) == 0: set1.clear()
            if randrange(20) == 0: set2.clear()
            return bool(randrange(2))
        def __hash__(self): return randrange(2)
    enabled = False
    set1 = c1(Bad() for _ in range(randrange(50)))
    set2 = c2(Bad() for _ in range(randrange(50)))
    enabled = True
    return set1, set2
def ixor(a, b): a ^= b
def iand(a, b): a &= b
def ior(a, b): a |= b
def isub(a, b): a -= b
ops = {"ixor": ixor, "iand": iand, "ior": ior, "isub": isub, "xor": lambda a,b: a^b, "and": lambda a,b: a&b, "eq": lambda a,b: a==b, "le": lambda a,b: a<=b, "sub": lambda a,b: a-b,
 'issubset': set.issubset, 'intersection': set.intersection, 'difference_update': set.difference_update, 'symmetric_difference_update': set.symmetric_difference_update, 'isdisjoint': set.isdisjoint}
for name in ops:
  for c1, c2 in [(set, set), (set, SetSubclass), (SetSubclass, set)]:
    for _ in range(10):
        s1, s2 = make(c1, c2)
        try:
            ops[name](s1, s2)
        except RuntimeError as e:
            assert "changed size during iteration" in str(e), e
  print(name, "ok", flush=True)
