# Larger strings: join and split round trips, repeated concatenation and counting.
parts = [str(i) for i in range(5000)]
s = ",".join(parts)
print(len(s), s[:20], s[-20:])
back = s.split(",")
print(len(back), back == parts, s.count(","), s.rfind("4999"))
lines = "\n".join("line %d" % i for i in range(1000))
print(len(lines.splitlines()), lines.splitlines()[-1], lines.upper()[-8:])
t = "ab😀" * 1000
print(len(t), t[2999], t[-1], t.count("😀"), len(t.split("😀")))
