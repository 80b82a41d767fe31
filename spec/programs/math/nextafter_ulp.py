# math.nextafter and math.ulp at ordinary, tiny, huge and special values.
import math
for x in (1.0, 0.0, -1.0, 1e300, 5e-324, 2.0 ** 52, math.inf, 1.7976931348623157e308):
    print(x, math.nextafter(x, math.inf), math.nextafter(x, -math.inf), math.nextafter(x, 0), math.ulp(x), math.ulp(-x))
print(math.nextafter(0.0, -1), math.nextafter(1, 1), math.ulp(0.0), math.ulp(math.nan), math.nextafter(math.nan, 1))
