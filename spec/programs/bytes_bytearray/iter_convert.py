# Converting between bytes, bytearray, list, str; list(b), bytes(list), decode, ord/chr.
b = "naïve ☃".encode()
print(list(b), bytes(list(b)) == b, bytearray(b).decode(), len(b), b[2:4].decode(), [chr(c) for c in b"hi"], bytes([ord(c) for c in "ok"]))
print(sum(b"abc"), max(b"abc"), sorted(b"cba"), tuple(bytearray(b"\x01\x02")), dict.fromkeys(b"aa"))
