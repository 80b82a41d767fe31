# str is immutable: item assignment and deletion raise TypeError.
s = "abc"
for bad in ("s[0] = 'x'", "del s[0]", "s.x = 1"):
    try:
        exec(bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
