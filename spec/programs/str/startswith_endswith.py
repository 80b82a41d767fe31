# startswith/endswith with tuples, start/end ranges, and bad arguments.
s = "hello world"
print(s.startswith("hell"), s.startswith(("x", "he")), s.startswith("wor", 6), s.startswith("wor", 6, 8), s.startswith("", 11), s.startswith("", 12))
print(s.endswith("ld"), s.endswith(("x", "y")), s.endswith("lo", 0, 5), s.endswith("lo", -7, -6), s.endswith(()), s.startswith("h", -100))
for bad in (lambda: s.startswith(1), lambda: s.endswith(("a", 1)), lambda: s.startswith()):
    try:
        bad()
    except TypeError as e:
        print(e)
