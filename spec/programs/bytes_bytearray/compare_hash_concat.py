# bytes comparisons, hashing, concatenation, repetition, and mixing with str.
print(b"a" < b"b", b"ab" > b"a", b"abc" == bytearray(b"abc"), b"a" == "a", sorted([b"b", b"a", b"ab"]), hash(b"x") == hash(b"x"))
print(b"ab" + b"cd", b"ab" + bytearray(b"c"), bytearray(b"ab") + b"c", b"ab" * 3, 2 * bytearray(b"x"), b"" * 5)
for bad in (lambda: b"a" + "b", lambda: "a" + b"b", lambda: b"a" < "a", lambda: hash(bytearray(b"x")), lambda: b"a" * b"b"):
    try:
        bad()
    except TypeError as e:
        print(e)
d = {b"k": 1}
print(d[b"k"], b"k" in d)
