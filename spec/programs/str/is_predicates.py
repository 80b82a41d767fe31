# is* predicates on ASCII and Unicode samples, including the empty string.
samples = ["", "abc", "ABC", "Abc", "Abc Def", "a1", "123", "½", "²", "٣", "四", "Ⅻ", " \t\n", "\u00a0", "\x1c", "é", "ǅ", "a b", "_x", "1x", "ab\x00", "\u0378", "😀"]
for s in samples:
    print(repr(s), [int(f()) for f in (s.isalpha, s.isalnum, s.isdigit, s.isdecimal, s.isnumeric, s.isspace, s.isupper, s.islower, s.istitle, s.isidentifier, s.isprintable, s.isascii)])
