# str.maketrans in its three forms and str.translate with deletions and str values.
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()))
print("abcd-abcd".translate(t))
t2 = str.maketrans({"a": "AA", "b": None, 99: 100})
print(sorted(t2.items()), "abcabc".translate(t2))
print("hello".translate({ord("l"): "L"}), "hello".translate([]))
for bad in (lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans(1), lambda: "a".translate({97: 1.5})):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
