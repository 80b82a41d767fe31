# struct.pack('f') raises OverflowError for a finite double that rounds to infinity in single
# precision, and packs the largest finite single exactly.
import math
import struct

big = math.ldexp((1 << 24) - 1, 127 - 23)
print(struct.unpack('>f', struct.pack('>f', big))[0] == big)
for x in (math.ldexp((1 << 25) - 1, 127 - 24), 3.5e38, -3.5e38):
    try:
        struct.pack('<f', x)
    except OverflowError as e:
        print('OverflowError', e)
print(struct.pack('>f', math.inf), struct.pack('>f', 3.4028235e38))
