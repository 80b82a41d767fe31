# cmath.phase raises OverflowError when the angle underflows to 0 (glibc's atan2 sets ERANGE for a
# zero result with y != 0, and cmath_phase reports any errno); cmath.polar does not (abs() resets
# errno); math.atan2 does not either (underflow is not an error there).
import cmath
import math
for z in [complex(1e300, 1e-300), complex(1e300, -1.5e-320), complex(1e200, 1e-200), complex(2.0, 5e-324),
          complex(1e300, 1e-10), complex(-1e300, 1e-300), complex(float('inf'), 1e-300), complex(1.0, 0.0)]:
    try:
        print('phase', cmath.phase(z))
    except OverflowError as e:
        print('phase OverflowError', e)
    print('polar', cmath.polar(z))
    print('atan2', math.atan2(z.imag, z.real))
