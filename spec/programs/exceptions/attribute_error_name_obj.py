# AttributeError raised by attribute lookup carries .name and .obj.
class A: pass
a = A()
for f in (lambda: a.missing, lambda: A.missing, lambda: (1).nope):
    try:
        f()
    except AttributeError as e:
        print(e, e.name, type(e.obj).__name__)
import math
try:
    math.nope
except AttributeError as e:
    print(e, e.name, e.obj is math)
print(getattr(a, "x", 5), hasattr(a, "y"))
