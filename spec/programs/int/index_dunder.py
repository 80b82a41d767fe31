# __index__ makes a user object usable where an int is required.
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
i = Idx(3)
print(int(i), hex(i), bin(i), oct(i), [0, 1, 2, 3, 4][i], "abcdef"[i:], range(i)[-1], (1, 2, 3, 4)[Idx(-1)])
import operator
print(pow(2, operator.index(i)), operator.index(i), float(i), complex(i))
print([1] * i, "ab" * Idx(2), i.__index__(), round(7, Idx(-1)), (5).to_bytes(Idx(2), "big"))
class Bad:
    def __index__(self):
        return "no"
for f in (lambda: [1][Bad()], lambda: int(Bad()), lambda: hex(Bad())):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
try:
    [1, 2][1.0]
except TypeError as e:
    print("TypeError:", e)
