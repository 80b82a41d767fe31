# math.log with bases, log2/log10/log1p, exp/expm1, for floats and huge ints.
import math
print(math.log(1), math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(2 ** 1000), math.log(10 ** 500, 10))
print(math.log2(8), math.log2(2 ** 1000), math.log2(3), math.log10(1000), math.log10(10 ** 400), math.log10(0.001))
print(math.log1p(1e-20), math.log1p(0), math.exp(0), math.exp(1), math.exp(-745.2), math.exp(709), math.expm1(1e-10))
print(math.log(0.5, 2), math.log(2, 0.5), math.log(True, 2), math.log(1e-300), math.exp(-1000), math.pow(2, 0.5))
for f, args in [(math.log, (0,)), (math.log, (-1,)), (math.log, (2, 1)), (math.log, (2, 0)), (math.log2, (0.0,)),
                (math.log10, (-(10 ** 400),)), (math.exp, (1000,)), (math.log1p, (-1,)), (math.expm1, (710,)),
                (math.log, (0, 0)), (math.log, (1, 1)), (math.pow, (0, -1)), (math.pow, (-2, 0.5)), (math.pow, (10, 400))]:
    try:
        print(f(*args))
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(f.__name__, args, type(e).__name__, e)
