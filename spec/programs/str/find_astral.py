# find/index/count positions count code points on strings with astral characters.
s = "a😀b😀c"
print(len(s), s.find("b"), s.rfind("😀"), s.index("c"), s.count("😀"), s.find("😀", 2), s.count("", 1))
print(s[1], s[-2], s[1:4], s[::-1], s[::2], s.split("😀"), s.partition("b"))
print(s.startswith("😀", 1), s.endswith("😀c"), s.replace("😀", "-"), s.upper(), s.center(9, "*"))
