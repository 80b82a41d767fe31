# str.split / str.rsplit by whitespace or a one-character separator straight over a BMP str's
# units (vm/objects/str_split.ts), beside the JS-string path (astral text, longer separators).

WS = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000"
NOT_WS = "\u200b\u180e\ufeff\x00\x1b\x84\x86"
texts = [
    "", " ", "a", " a ", "a b", "  a  b  c  ", "the quick brown fox",
    "x" + "".join(c + "y" for c in WS), "a" + NOT_WS + "b " + NOT_WS,
    "\ud800 \udc00 \ud800\udc00", " \udfff\ud800 ", "\U0001f600 a \U0001f601b ",
    "a\U0001f600b c", "\u3000lead\u3000trail\u3000", "\x85x\x85",
]
for t in texts:
    for m in (None, -1, 0, 1, 2, 5):
        r = t.split() if m is None else t.split(None, m)
        q = t.rsplit() if m is None else t.rsplit(maxsplit=m)
        print(ascii(t), m, ascii(r), ascii(q))

for t in ["a,b,,c,", ",", "", ",,", "abc", "\ud800,\udc00", "a\U0001f600,b", "x\u3000y\u3000"]:
    for sep in (",", "\u3000", "\ud800", "\udc00", ",,", "b,", "\U0001f600"):
        for m in (-1, 0, 1, 3):
            print(ascii(t), ascii(sep), m, ascii(t.split(sep, m)), ascii(t.rsplit(sep, m)))

# the pieces are new strs, hashable and comparable; the whole text is the str itself
s = "alpha beta gamma " * 3
parts = s.split()
print(parts, len(set(parts)), {p: len(p) for p in parts})
w = "word"
print(w.split()[0] is w, w.split(",")[0] is w, w.rsplit()[0] is w, (" " + w).split()[0] == w)
class S(str):
    pass
r = S("a b").split()
print(r, [type(x).__name__ for x in r], type(S("ab").split()[0]).__name__)

# a long text: every word, maxsplit near the end
big = " ".join("w%d" % i for i in range(5000))
b = big.split()
print(len(b), b[:3], b[-3:], len(big.split(" ")), big.split(None, 4998)[-1], big.rsplit(None, 4998)[0])
print(len(big.split("w")), big.rsplit(" ", 2)[-3:])

# maxsplit through __index__, bad arguments
class I:
    def __index__(self):
        print("index")
        return 1
print("a b c".split(None, I()), "a,b,c".rsplit(",", I()))
for call in (lambda: "a b".split(1), lambda: "a b".split(sep=b","), lambda: "ab".split(""),
             lambda: "ab".rsplit(""), lambda: "a".split(None, 1.5), lambda: str.split(1),
             lambda: "a".split(",", "x"), lambda: "a".split(x=1)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print("a b  c".split(sep=None, maxsplit=1), "a b  c".rsplit(sep=" ", maxsplit=1))
