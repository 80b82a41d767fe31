# upper/lower/title/capitalize/swapcase/casefold, including non-ASCII special cases.
for s in ["hello World", "ß straße", "ǆemal ǅ Ǆ", "ΣΑΣ σας", "ﬁne", "İstanbul", "hello123abc", "they're bill's", "ŉ"]:
    print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold(), sep=" | ")
