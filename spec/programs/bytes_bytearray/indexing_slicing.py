# bytes/bytearray indexing gives ints, slicing gives the same type; iteration; in.
b = b"abcdef"
ba = bytearray(b)
print(b[0], b[-1], b[1:3], b[::-1], b[::2], b[-2:], ba[0], ba[1:3], ba[::-2], list(b[:3]), [x for x in ba[:2]])
print(98 in b, b"cd" in b, b"x" in b, bytearray(b"cd") in b, b"bc" in ba, 99 in ba)
for bad in (lambda: b[10], lambda: ba[10], lambda: "a" in b, lambda: 300 in b, lambda: b["x"]):
    try:
        bad()
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
