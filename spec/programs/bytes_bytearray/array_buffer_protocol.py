# array.array exports its machine bytes as a buffer (bytes(), bytearray(), int(), join,
# binascii take it as CPython does); memoryview of a non-byte array is not covered (format B only).
from array import array
a = array('B', b'100')
print(int(a))
try: int(a, 2)
except TypeError as e: print(e)
try: int(array('B', b'A' * 16))
except ValueError as e: print(e)
i = array('i', [1, 2, 3])
print(bytes(i))
print(bytearray(array('h', [1, -1])))
print(b''.join([array('B', b'ab'), b'cd']))
print(array('B', b'xyz') == array('B', b'xyz'))
import binascii
print(binascii.hexlify(array('H', [258])))
try:
    print(int(memoryview(b'100'), 2))
except TypeError as e:
    print('TE', e)
print(int(memoryview(b'123')[1:3]))
