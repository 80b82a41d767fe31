# Shifts by huge counts, to_bytes/from_bytes argument checks, and math.ldexp exact at the
# bottom of the normal range (int/int true division checked against it in CPython's test_long).
class SubStr(str): pass
print(42 >> (1 << 1000), -42 >> (1 << 1000), 0 << (1 << 1000), (0).to_bytes(1, SubStr('big')))
print(int.from_bytes(bytearray(b'\x01\x02'), SubStr('little')), int.from_bytes([1, 2], 'big'))
for args in (([256], 'big'), ([-1], 'big'), (b'\x01', 3), (['a'], 'big')):
    try:
        int.from_bytes(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    1 << (1 << 1000)
except OverflowError as e:
    print('OverflowError', e)
try:
    (1).to_bytes(1, 3)
except TypeError as e:
    print('TypeError', e)
import math
print(repr(math.ldexp(8274658684376527, -1074)), repr(69187 / (75312 * 2**1021)))
print(repr(math.ldexp(4503599627370497, -1073)), repr(math.ldexp(0.75, -1021)))
