# __int__ and __float__ on user classes are used by int() and float().
class N:
    def __int__(self):
        return 42
    def __float__(self):
        return 2.5
n = N()
print(int(n), float(n), type(int(n)).__name__)
class OnlyIndex:
    def __index__(self):
        return 7
print(int(OnlyIndex()), float(OnlyIndex()))
class BadInt:
    def __int__(self):
        return 1.5
class BadFloat:
    def __float__(self):
        return 1
for f in (lambda: int(BadInt()), lambda: float(BadFloat()), lambda: int(object()), lambda: float(object()), lambda: float([1])):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
class FloatSub(float):
    pass
class RetSub:
    def __float__(self):
        return FloatSub(1.25)
print(float(RetSub()), type(float(FloatSub(2.0))).__name__, int(FloatSub(9.9)))
import math
print(math.floor(N()) if hasattr(N, "__floor__") else "no floor", math.sqrt(N()), math.sqrt(OnlyIndex()))
