# Subclasses of bytes and bytearray.
class B(bytes):
    def first(self):
        return self[0]
class BA(bytearray):
    pass
b = B(b"xyz")
print(b, type(b).__name__, b.first(), b == b"xyz", type(b.upper()).__name__, type(b[1:]).__name__, len(b), b.decode())
ba = BA(b"ab")
ba.append(99)
print(ba, type(ba).__name__, isinstance(ba, bytearray), ba == b"abc")
