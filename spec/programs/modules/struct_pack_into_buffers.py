# struct.pack_into into a bytearray, an array.array (bytes counted, not items) and a read-only
# buffer; a NUL in a format is "embedded null character" as CPython says.
import struct, array
for s in '\0', '2\0i', b'\0':
    try: struct.calcsize(s)
    except struct.error as e: print(repr(s), e)
a = array.array('b', b' ' * 10)
struct.pack_into('4s', a, 2, b'test'); print(a.tobytes())
a2 = array.array('h', [0] * 4)
struct.pack_into('<h', a2, 2, 7); print(a2.tolist())
ba = bytearray(8); struct.pack_into('>I', ba, 4, 1); print(ba)
try: struct.pack_into('4s', a, 8, b'test')
except struct.error as e: print(e)
try: struct.pack_into('b', b'xx', 0, 1)
except TypeError as e: print(e)
