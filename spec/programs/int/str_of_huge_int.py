# str() of a 3000-digit integer and its digit sum.
n = 7 ** 3550
s = str(n)
print(len(s), s[:20], s[-20:], sum(map(int, s)))
