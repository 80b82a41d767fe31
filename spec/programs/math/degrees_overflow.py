# math.degrees and math.radians multiply without a range check in CPython: degrees(1e308) is inf,
# not OverflowError; argument errors stay.
import math
for x in [1e308, -1.7976931348623157e308, 3.2e306, float('inf'), float('nan'), 1.0, -0.0, 5e-324]:
    print(math.degrees(x), math.radians(x))
for bad in ['x', None]:
    try:
        math.degrees(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    math.radians()
except TypeError as e:
    print('TypeError', e)
