# str is a sequence of code points: len, slicing, ord, case mapping, encode lengths.
s = "héllo wörld ☃ 😀"
print(len(s), s[::-1], s[1:4], [ord(c) for c in s[-3:]], s.title(), s.upper())
print(len(s.encode("utf-8")), s.isascii(), "ǅ".lower(), "straße".casefold(), repr("tab\there"))
