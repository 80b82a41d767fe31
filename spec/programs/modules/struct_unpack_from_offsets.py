# struct.unpack_from's offset errors: CPython's messages for a negative offset that leaves too few
# bytes, one out of range, and an offset beyond 2**63 (exact, not rounded).
import struct
import sys

buf = bytearray(10)
for fmt, off in (('<I', -2), ('<B', -11), ('<I', sys.maxsize), ('<I', 8), ('<H', 2 ** 70)):
    try:
        print(struct.unpack_from(fmt, buf, off))
    except struct.error as e:
        print('error:', e)
    except OverflowError as e:
        print('OverflowError')
print(struct.unpack_from('<H', bytes(range(10)), -2))
