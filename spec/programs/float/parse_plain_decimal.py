# float(s) of plain decimal strs read from their units (vm/text/float_parse_units.ts), and the forms
# the full parser reads: spaces, underscores, inf/nan, Unicode digits, hex, errors.
import math
cases = ['0', '-0', '+0.0', '1', '12.5', '-12.5', '.5', '5.', '-.5e-3', '+5.E+2', '1e400', '-1e400', '1e-400',
         '00012', '0.1', '123456789012345678901234567890', '2.2250738585072014e-308', '4.9e-324', '1.7976931348623157e308',
         '9007199254740993', '0.30000000000000004', '1' * 41, ' 1.5', '1.5 ', '1_000.5', 'inf', '-Infinity', 'nan', '-nan',
         '١٫٥', '١٥', '1.5e', 'e5', '.', '', '+', '1.2.3', '0x1p3', '1e+', '1,5', '--1', '1e5.5', '\u20031.5']
for s in cases:
    try:
        v = float(s)
        print(repr(s)[:50], repr(v), math.copysign(1, v) if v == 0 else '')
    except ValueError as e:
        print(repr(s)[:50], 'ValueError', str(e)[:80])
class F(float):
    pass
class S(str):
    pass
print(type(F('1.5')).__name__, F('1.5'), float(S('2.5')), float(b'3.5'), float(bytearray(b'4.5')))
try:
    float(x='1')
except TypeError as e:
    print('TypeError:', e)
