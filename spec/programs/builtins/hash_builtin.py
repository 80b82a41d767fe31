# hash(): equal numbers hash equal, tuples hash by content, unhashable types raise.
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(-0.0))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-1), hash(-2), hash(10 ** 20))
print(hash(1.5), hash(float("inf")), hash((1, 2)) == hash((1, 2)), hash(None) == hash(None))
print(hash(3 + 0j) == hash(3), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
for v in [[1], {1: 2}, {1}, bytearray(b"x")]:
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)

class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        return hash(self.k)

class EqOnly:
    def __eq__(self, other):
        return True

d = {Key("a"): 1}
print(d[Key("a")], hash(Key(7)) == hash(7), EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
