# Defining __eq__ without __hash__ makes instances unhashable; __hash__ restores it.
class OnlyEq:
    def __eq__(self, o): return True
print(OnlyEq.__hash__)
try:
    hash(OnlyEq())
except TypeError as e:
    print(e)
try:
    {OnlyEq()}
except TypeError as e:
    print(e)
try:
    {OnlyEq(): 1}
except TypeError as e:
    print(e)
class Key:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, Key) and self.k == o.k
    def __hash__(self): return hash(self.k)
d = {Key(1): "one", Key(2): "two"}
print(d[Key(1)], Key(2) in d, len({Key(1), Key(1), Key(3)}))
class Sub(Key):
    def __eq__(self, o): return False
try:
    hash(Sub(1))
except TypeError as e:
    print(e)
class Explicit:
    __hash__ = None
try:
    hash(Explicit())
except TypeError as e:
    print(e)
class BigHash:
    def __hash__(self): return 2**70
print(hash(BigHash()) == hash(2**70))
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(e)
