# math: sqrt, floor/ceil/trunc on ints and floats, fabs, constants.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.sqrt(0.0), math.sqrt(-0.0), math.sqrt(1e308), math.sqrt(2 ** 1000), math.sqrt(True))
for x in (2.5, -2.5, 3, -3, 2 ** 100, 1e20, -0.5, 0.0, True):
    print(repr(x), math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__, math.fabs(x))
print(math.floor(2 ** 100 + 0.0) == 2 ** 100, math.ceil(-0.0), math.fabs(-0.0))
for f, x in [(math.floor, float("inf")), (math.ceil, float("nan")), (math.sqrt, -1), (math.floor, "1"), (math.trunc, 1j)]:
    try:
        print(f(x))
    except (ValueError, OverflowError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
