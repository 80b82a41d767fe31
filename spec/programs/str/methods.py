# Common str methods.
s = "  Hello, World  "
print(s.strip().lower(), s.split(","), "-".join(["a", "b", "c"]))
print("abc".center(9, "*"), "x".zfill(4), "Title case words".title(), "a,b,,c".split(","))
print("hello".replace("l", "L", 1), "banana".count("an"), "banana".rfind("an"), "ß".upper())
