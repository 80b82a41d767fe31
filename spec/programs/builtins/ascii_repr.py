# repr() and ascii(): quotes, escapes, non-ASCII and custom __repr__.
class P:
    def __repr__(self):
        return "P<é>"

for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\tnew\nline\\", "café", "日本", "\x00\x7f\x80", "emoji 😀"]:
    print(repr(s), ascii(s))
print(ascii(P()), repr(P()), str(P()))
print(ascii([1, "ü", ("ß",)]), ascii(b"\xff"), ascii(1.5))
print(repr(b"bytes'\n"), repr(bytearray(b"ab")), repr(None), repr(...), repr(NotImplemented))
