# Overriding a property's getter in a subclass and extending it with .setter.
class Base:
    def __init__(self): self._v = 1
    @property
    def v(self): return self._v
class Child(Base):
    @Base.v.setter
    def v(self, value): self._v = value * 10
c = Child()
c.v = 2
print(c.v)
try:
    Base().v = 3
except AttributeError as e:
    print(e)
class Over(Base):
    @property
    def v(self): return "over " + str(super().v)
print(Over().v)
p = property(lambda self: 5)
class Q:
    val = p
print(Q().val, p.fget is not None, p.fset)
try:
    Q().val = 1
except AttributeError as e:
    print(e)
