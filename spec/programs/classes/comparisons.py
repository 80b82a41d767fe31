# Rich comparison dunders, reflection, and default ordering errors.
class Ver:
    def __init__(self, *p): self.p = p
    def __eq__(self, o):
        if not isinstance(o, Ver): return NotImplemented
        return self.p == o.p
    def __lt__(self, o):
        if not isinstance(o, Ver): return NotImplemented
        return self.p < o.p
    def __le__(self, o): return self == o or self < o
    def __repr__(self): return "Ver" + repr(self.p)
a, b = Ver(1, 2), Ver(1, 3)
print(a < b, a > b, a <= b, a >= b, a == b, a != b)
print(sorted([Ver(3), Ver(1, 5), Ver(1)]), max(a, b), min(a, b))
print(a == 5, a != 5, 5 == a)
try:
    a < 5
except TypeError as e:
    print(e)
try:
    object() < object()
except TypeError as e:
    print(e)
try:
    5 >= a
except TypeError as e:
    print(e)
class Always:
    def __eq__(self, o): return True
print(Always() == 3, 3 == Always(), Always() != 3, [Always()].count(7), 7 in [Always()])
