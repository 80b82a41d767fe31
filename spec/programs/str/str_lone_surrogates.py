# Lone surrogates are code points of their own: a lone high surrogate followed by a lone low one
# stays two code points (len 2), whatever builds the string: +, f-strings, join, %, format,
# slicing; repr escapes each one. (pystm's strings meet JS strings, which would pair them.)
hi = "\ud800"
lo = "\udc00"
pair = "\U00010000"
built = {
    "concat": hi + lo,
    "fstring": f"{hi}{lo}",
    "fstring-text": f"<{hi}{lo}>",
    "fstring-spec": f"{hi:>3}{lo:<2}",
    "join": "".join([hi, lo]),
    "join-sep": hi.join([lo, lo]),
    "percent": "%s%s" % (hi, lo),
    "percent-literal": "%s\udc00" % hi,
    "format": "{}{}".format(hi, lo),
    "format-map": "{a}{b}".format_map({"a": hi, "b": lo}),
    "astral-concat": "\U0001f600" + hi + lo,
    "astral-fstring": f"{pair}{hi}{lo}{pair}",
    "repeat": hi * 2 + lo * 2,
    "slice-step": (hi + "x" + lo)[::2],
    "reversed": "".join(reversed(lo + hi)),
    "escape-pair": "\ud800\udc00",
}
for name, s in built.items():
    print(name, len(s), ascii(s), repr(s) == ascii(s) or ascii(repr(s)))
print(hi + lo == "\ud800\udc00", hi + lo == pair, (hi + lo)[0] == hi, (hi + lo)[1] == lo)
print([hex(ord(c)) for c in f"{hi}{lo}"])
print(repr(hi), repr(lo), repr(hi + lo), hi.isprintable(), (hi + lo).isprintable())
print(pair in "a" + hi + lo, hi in "a" + hi + lo, (hi + lo).encode("utf-16", "surrogatepass") if False else "")
