# struct: repeat counts and total sizes up to sys.maxsize (CPython's 'total struct size too long'), calcsize of a huge count without listing its items
import struct, sys
for f in ['{}b'.format(sys.maxsize+1), '{}b{}H'.format(sys.maxsize//2, sys.maxsize//2), '99999999999b', '1000000000x', '3s2i', '{}s'.format(sys.maxsize), '{}q'.format(sys.maxsize // 8 + 1)]:
    try:
        print(struct.calcsize(f))
    except struct.error as e:
        print('err', e)
try:
    struct.pack('{}b'.format(sys.maxsize + 1))
except struct.error as e:
    print('err', e)
print(struct.Struct('3h').size, struct.pack('<2h', 1, 2))
