# float('-nan') is a NaN with its sign bit set (math.copysign shows it), float('nan') and
# float('+nan') are not; the repr of either is 'nan'.
import math
for text in ('nan', '+nan', '-nan', 'NaN', '-NAN', '  -nan  '):
    v = float(text)
    print(repr(text), repr(v), math.copysign(1.0, v), math.isnan(v))
print(math.copysign(1.0, -float('nan')), math.copysign(1.0, float('-nan') * 1.0))
