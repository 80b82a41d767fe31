# struct.pack/unpack with byte orders, sizes and calcsize.
import struct

b = struct.pack("<iHb", -2, 513, 7)
print(b, len(b), struct.unpack("<iHb", b))
print(struct.pack(">I", 1), struct.pack("<I", 1), struct.pack("!h", -1))
print(struct.calcsize("<iHb"), struct.calcsize("iHb"), struct.calcsize("<q"), struct.calcsize("3s2x"))
print(struct.unpack(">d", struct.pack(">d", 1.5)), struct.pack("<f", 0.5))
print(struct.pack("4s", b"ab"), struct.unpack("<2h", b"\x01\x00\xff\xff"), struct.pack("?", 5))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")), struct.pack("<Q", 2 ** 64 - 1))
s = struct.Struct("<hh")
print(s.size, s.pack(1, 2), s.unpack(b"\x03\x00\x04\x00"))
try:
    struct.pack("<b", 200)
except struct.error as e:
    print("struct.error:", e)
try:
    struct.unpack("<i", b"12")
except struct.error as e:
    print("struct.error:", e)
