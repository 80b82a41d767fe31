# str() of bytes/bytearray gives the repr; str(b, enc) decodes.
print(str(b"abc"), str(b"it's"), str(bytearray(b"\x00\xff")), str(b"abc", "utf-8"), str(b""), repr(str(b"x")))
print(f"{b'hi'}", "%s" % b"hi", "{}".format(b"\n"))
