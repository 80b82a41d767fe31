# __slots__: no __dict__, AttributeError messages for unknown and unset slots.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print(e)
try:
    print(p.y)
except AttributeError as e:
    print(e)
try:
    del p.y
except AttributeError as e:
    print(e)
print(hasattr(p, "__dict__"), P.__slots__)
print(P.__dict__["x"].__get__(p), P.x.__get__(p))
class Q(P):
    pass
q = Q(2)
q.z = 5
print(q.z, q.__dict__)
class R(P):
    __slots__ = ("w",)
r = R(3)
r.w = 4
print(r.x, r.w)
try:
    r.v = 1
except AttributeError as e:
    print(e)
