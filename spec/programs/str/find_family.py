# find/rfind/index/rindex/count with start and end, including negative and out-of-range bounds.
s = "abracadabra"
print(s.find("a"), s.find("a", 1), s.find("a", 1, 3), s.find("a", -4), s.find("z"), s.find(""), s.find("", 11), s.find("", 12))
print(s.rfind("a"), s.rfind("a", 0, -1), s.rfind("bra", -5), s.rfind(""), s.rfind("a", 100))
print(s.index("c"), s.rindex("a", 0, 5), s.count("a"), s.count("a", 3), s.count("a", 3, -3), s.count(""), s.count("", 5, 7))
print(s.find("a", None, None), s.count("abra", None, 7), "aaaa".count("aa"))
for f in (lambda: s.index("z"), lambda: s.rindex("z"), lambda: s.find(1)):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
