# str.split / rsplit with and without sep, with maxsplit (positional and keyword).
s = "  a b\tc\n d  "
print(s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=2))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1), "x".rsplit("x"))
print("a b c".rsplit(maxsplit=1), "a b c".split(" ", -1), "a b c".split(maxsplit=0))
print("\u3000a\u2003b\x1cc".split())
