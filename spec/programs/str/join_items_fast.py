# sep.join(list or tuple) of exact BMP strs straight from the items vector (vm/objects/str_join.ts)
# and everything that must still take the general path: subclasses, non-str items and their
# error, astral text, lone surrogates meeting across the separator, iterators, empty results.

print(",".join(["a", "bb", "", "ccc"]), "".join(("x", "y")), "--".join([str(i) for i in range(12)]))
E = ""
print(repr("".join(["", ""])), "".join(["", ""]) is E, repr(",".join([])), repr(",".join(["only"])))
w = "solo"
print(",".join([w]) is w, ",".join((w,)) is w, "".join([w, ""]) == w)
print(len(",".join(str(i) for i in range(100000))), len(",".join([str(i) for i in range(100000)])))
big = [("w%d" % i) * (i % 40) for i in range(3000)]
j = "::".join(big)
print(len(j), j[:40], j[-40:], j == "::".join(iter(big)), hash(j) == hash("::".join(tuple(big))))
for sep in ("", ",", "ab", "abc", "\u3000", "\ud800", "\udc00"):
    for parts in (["a", "b"], ["ab", "c", "def"], ["\udc00", "\ud800"], ["x\ud800", "\udc00y"],
                  ["\U0001f600", "b"], ["a", "\U0001f600"], ["odd", "even", "x"], ["12345", "67890", "1"]):
        r = sep.join(parts)
        print(ascii(sep), ascii(parts), ascii(r), len(r), [ord(c) for c in r][:12])
print([ord(c) for c in "".join(["\ud800", "\udc00"])], len("\ud800".join(["\ud800", "\udc00"])))

class S(str):
    pass
r = ",".join([S("a"), "b"])
print(r, type(r).__name__, type(",".join([S("only")])).__name__, S("-").join(["p", "q"]), type(S("-").join(["p", "q"])).__name__)
print(S(",").join(["x"]) , type("".join([S("z")])).__name__)

for bad in (["a", 1], ("a", "b", None), ["a", b"b"], [1], [S("a"), 2.5]):
    try:
        ",".join(bad)
    except TypeError as e:
        print(e)
for bad in (5, None, [["a"]]):
    try:
        ",".join(bad)
    except TypeError as e:
        print(e)
try:
    str.join(1, ["a"])
except TypeError as e:
    print(e)

# a list mutated while its items are turned into strs (the general path)
class Grow:
    def __iter__(self):
        yield "a"
        yield "b"
print(",".join(Grow()), ",".join({"k": 1, "j": 2}), ",".join("abc"), ",".join(x for x in "xyz"))
L = ["p", "q", "r"]
print("+".join(L[::2]), "+".join(L * 3))
