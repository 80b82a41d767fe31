# int.from_bytes: orders, signedness, iterables of ints, subclasses.
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"), int.from_bytes(b"", "big"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\x7f", "little", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x01\x00"), byteorder="little"), int.from_bytes(b"\x80"))
print(int.from_bytes(b"\x01" * 20, "big"), bool.from_bytes(b"\x01", "big"))
class MyInt(int):
    pass
m = MyInt.from_bytes(b"\x07", "big")
print(type(m).__name__, m)
try:
    int.from_bytes(b"\x01", "sideways")
except ValueError as e:
    print("ValueError:", e)
