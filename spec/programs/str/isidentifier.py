# str.isidentifier on ASCII, Unicode and keywords.
for s in ["abc", "_", "a1", "1a", "", "a-b", "class", "ñandú", "変数", "a b", "x\u0300", "\u2118", "ℕ", "𝔘𝔫𝔦", "a·b", "·a", "٣x"]:
    print(repr(s), s.isidentifier())
