# float(x) warns (DeprecationWarning) when x.__float__ returns an instance of a strict float
# subclass, also when x is itself a float subclass whose __float__ returns itself; the result is
# an exact float (or the float subclass being constructed).
import warnings
class Foo3(float):
    def __new__(cls, value=0.):
        return float.__new__(cls, 2*value)
    def __float__(self):
        return self
class OtherFloatSubclass(float): pass
class F:
    def __float__(self):
        return OtherFloatSubclass(42.)
class FloatSubclass(float): pass
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(float(Foo3(21)), type(float(F())).__name__, float(F()), type(FloatSubclass(F())).__name__)
    for x in w:
        print(x.category.__name__, x.message)
