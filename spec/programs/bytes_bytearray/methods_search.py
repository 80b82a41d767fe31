# bytes search methods: find/rfind/index/rindex/count/startswith/endswith, with ints and ranges.
b = b"abracadabra"
print(b.find(b"a"), b.find(b"a", 1), b.find(97, 4, 6), b.rfind(b"a"), b.rfind(b"bra", 0, -1), b.index(b"c"), b.rindex(b"a", 0, 5))
print(b.count(b"a"), b.count(97), b.count(b"a", 3, -3), b.count(b""), b.startswith(b"abr"), b.startswith((b"x", b"ab")), b.endswith(b"bra", 0, 4), b.startswith(b"cad", 4))
ba = bytearray(b)
print(ba.find(b"cad"), ba.count(b"a"), ba.startswith(b"ab"), ba.endswith(bytearray(b"ra")), ba.index(100), ba.rfind(b"z"))
for bad in (lambda: b.index(b"z"), lambda: b.find("a"), lambda: b.startswith("a"), lambda: ba.index(b"q")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
