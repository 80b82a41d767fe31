# Equal strings hash equally however they were built; str keys in dicts.
a = "".join(["ab", "c"])
b = "abc"
c = "abcd"[:3]
d = "%s" % "abc"
print(a == b == c == d, hash(a) == hash(b) == hash(c) == hash(d), len({a, b, c, d}))
e = "x😀"
print(hash(e) == hash("x" + "😀"), {"k": 1}["".join("k")], hash("") == hash("a"[:0]))
