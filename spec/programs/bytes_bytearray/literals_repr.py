# bytes and bytearray literals and their reprs (quotes, escapes, high bytes).
for b in [b"", b"abc", b"it's", b'say "x"', b"both ' \"", b"\x00\t\n\r\x7f\x80\xff", b"back\\slash", rb"raw\n", b"\101\x42C"]:
    print(repr(b), repr(bytearray(b)), len(b))
print(bytes(3), bytes([1, 2, 255]), bytes(range(65, 70)), bytearray(2), bytes("é", "utf-8"), bytes(b"x"), bytes(bytearray(b"y")))
for bad in (lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes("x"), lambda: bytes(-1), lambda: bytes(1.5), lambda: bytes(b"x", "utf-8")):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
