# struct's 'p' code copies up to size - 1 bytes even past 255; only the count byte saturates.
import struct

packed = struct.pack('1000p', b'x' * 1000)
print(len(packed), packed[0], packed[1:].count(b'x'))
print(struct.unpack('1000p', packed)[0] == b'x' * 255)
print(struct.pack('5p', b'abc'), struct.pack('2p', b'abc'), struct.pack('p', b'abc'))
