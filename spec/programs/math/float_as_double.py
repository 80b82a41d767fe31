# PyFloat_AsDouble in math, cmath and array('d'): a __float__ returning a float subclass warns
# (DeprecationWarning) in all three; a non-float result, a huge __index__ or int, a str: their errors.
import math, cmath, array, warnings
class F(float): pass
class X:
    def __float__(self): return F(2.25)
class Bad:
    def __float__(self): return 3
class I:
    def __index__(self): return 10**400
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(math.sqrt(X()), cmath.sqrt(X()), array.array('d', [X()]))
    for x in w: print(x.category.__name__, x.message)
for f in (math.sqrt, cmath.sqrt, lambda v: array.array('d', [v])):
    for v in (Bad(), I(), "s", 10**400):
        try: print(f(v))
        except Exception as e: print(type(e).__name__, e)
class C(complex): pass
class Z:
    def __complex__(self): return C(1, 2)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(cmath.sqrt(Z()), complex(Z()))
    for x in w: print(x.category.__name__, x.message)
