# bytes.hex/fromhex (with separators and whitespace), bytearray.fromhex, and int.from_bytes/to_bytes.
b = bytes.fromhex("de ad BE EF 00")
print(b, b.hex(), b.hex(":"), b.hex("-", 2), b.hex(" ", -2), bytearray.fromhex("0a0b"), bytearray(b"\x01\x02").hex())
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff", "big", signed=True), int.from_bytes(bytearray(b"\x00\x10"), byteorder="big"))
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True), int.from_bytes((123456789).to_bytes(8, "big"), "big"))
for bad in (lambda: bytes.fromhex("abc"), lambda: bytes.fromhex("zz"), lambda: (256).to_bytes(1, "big"), lambda: bytes.fromhex(b"ab")):
    try:
        bad()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
