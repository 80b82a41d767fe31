# bytes and bytearray: literals, indexing, methods, encode/decode, hex.
b = b"hello\x00world"
print(b[0], b[1:5], len(b), b.split(b"\x00"), b.upper(), b.hex())
ba = bytearray(b"abc")
ba.append(100)
ba[0] = 65
print(ba, bytes(ba), "é".encode("utf-8"), b"\xc3\xa9".decode("utf-8"), bytes.fromhex("ff00"))
