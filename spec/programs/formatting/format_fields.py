# str.format field forms: auto/manual numbering, keywords, attributes, indexing, escapes.
class P:
    x = 3
    y = [10, 20]
d = {"k": "v", 1: "int-key"}
print("{} {} {}".format(1, "a", None), "{1} {0} {1}".format("a", "b"), "{n} {n}".format(n=5))
print("{0.x} {0.y[1]} {d[k]} {d[1]}".format(P(), d=d), "{{literal}} {}".format(7), "{0[0]}".format("xyz"))
print("{:>5}|{:<5}|{:^5}|{:*^7}".format("a", "b", "c", "d"), "{!r} {!s} {!a}".format("é", "é", "é"))
print("{0!r:>8}".format("x"), "{:{}}|".format("ab", 5), "{:{w}.{p}f}".format(3.14159, w=8, p=2), "{0:{1}{2}}".format(42, ">", 6))
print("{a[0]}".format(a=[9]), "{a.real}".format(a=3))
