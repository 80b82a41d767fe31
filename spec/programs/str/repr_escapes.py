# repr of strings: quote choice, escapes, control characters and non-printable Unicode.
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "\t\n\r", "\x00\x07\x1b\x7f", "\x80\x9f\xa0\xad", "é€😀", "\u200b\u2028\ufeff", "\ud800", "\U000e0001", "\u0378", "\U0010ffff", "\xff"]:
    print(repr(s), ascii(s))
print(str(["a'b", 'c"d']), repr(("x",)))
