# float <-> int conversions: truncation, rounding of big ints, exactness.
for x in (0.9, -0.9, 1e20, -1e20, 2.0 ** 63, 1.7976931348623157e308, 123.999999):
    print(x, int(x))
for n in (2 ** 53 + 1, 2 ** 53 + 3, 2 ** 54 + 2, 2 ** 54 + 6, 10 ** 22 + 1, 2 ** 1023 * 1, 2 ** 1024 - 2 ** 970 - 1, -(2 ** 60) - 1):
    print(n % 1000, float(n))
for n in (2 ** 1024 - 2 ** 970, 2 ** 1024):
    try:
        print(float(n))
    except OverflowError as e:
        print("OverflowError:", e)
import math
print(math.trunc(-2.7), math.floor(-2.7), math.ceil(-2.2), type(math.floor(2.0)).__name__, math.floor(1e300) == 10 ** 300)
