# math.fmod keeps the dividend's sign; math.remainder rounds the quotient to nearest even.
import math
for x, y in [(7, 3), (-7, 3), (7, -3), (-7, -3), (5.5, 2), (-0.0, 1), (1, math.inf), (1e300, 3), (0.1, 0.01)]:
    print(x, y, math.fmod(x, y), math.remainder(x, y), x % y)
for x, y in [(5, 2), (7, 2), (-5, 2), (3, 2), (1, 2), (-1, 2), (2.5, 1), (3.5, 1)]:
    print(x, y, math.remainder(x, y))
for f, args in [(math.fmod, (1, 0)), (math.fmod, (math.inf, 1)), (math.remainder, (1, 0)), (math.remainder, (math.inf, 2))]:
    try:
        print(f(*args))
    except ValueError as e:
        print(f.__name__, args, "ValueError:", e)
print(math.fmod(math.nan, 0), math.remainder(math.nan, 1), math.remainder(1, math.inf))
