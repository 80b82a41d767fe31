# A non-data descriptor that caches by writing to the instance dict (lazy attribute).
class lazy:
    def __init__(self, f):
        self.f = f
        self.__doc__ = f.__doc__
    def __get__(self, obj, owner):
        if obj is None: return self
        v = self.f(obj)
        obj.__dict__[self.f.__name__] = v
        return v
class Circle:
    def __init__(self, r): self.r = r
    @lazy
    def area(self):
        "Computed once."
        print("computing")
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, Circle.area.__doc__)
from functools import cached_property
class D:
    @cached_property
    def v(self):
        print("computing v")
        return 7
d = D()
print(d.v, d.v, "v" in d.__dict__)
