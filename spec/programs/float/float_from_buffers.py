# float() of bytes-like objects: bytes, bytearray, memoryview and array.array read as ASCII
# text (a non-ASCII byte never parses, even one that is whitespace in str).
import array

print(float(b' 1.5 '), float(bytearray(b'-2e3')), float(memoryview(b'0.25')))
print(float(memoryview(b'x12.5y')[1:-1]), float(array.array('B', b'7.75')))
for bad in (b'123\xa0', bytearray(b'\xa01'), b'1_0x', memoryview(b'abc')):
    try:
        float(bad)
    except ValueError as e:
        print('ValueError', str(e)[:38])
print(float('123\xa0'))
