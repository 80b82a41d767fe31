# Lists and tuples copied at every length around the short-copy threshold (vm/runtime/heap_copy.ts:
# a loop up to 24 words, copyWithin beyond): concatenation, slices, extend, insert/delete in the
# middle (overlapping moves in both directions), repetition, truncation by pop and slice deletion.
def check(n):
    a = list(range(n))
    b = list(range(100, 100 + n))
    out = []
    out.append(a + b == [*a, *b])
    out.append(tuple(a) + tuple(b) == tuple([*a, *b]))
    out.append(a[1:n - 1] == [x for x in a if 0 < x < n - 1])
    c = a[:]
    c.extend(b)
    c.extend(tuple(b))
    out.append(c == a + b + b)
    d = a[:]
    d[n // 2:n // 2] = b  # gap opened in the middle
    out.append(d == a[:n // 2] + b + a[n // 2:])
    del d[n // 2:n // 2 + n]  # closed again
    out.append(d == a)
    e = a[:]
    e.insert(0, -1)
    mid = len(e) // 2
    e.insert(mid, -2)
    out.append(e.pop(mid) == -2 and e.pop(0) == -1 and e == a)
    out.append([7] * n == [7 for _ in range(n)])
    out.append(a * 3 == a + a + a and tuple(a) * 2 == tuple(a + a))
    f = a + b
    del f[n:]
    out.append(f == a)
    g = a[:]
    while g:
        g.pop()
    out.append(g == [])
    return out


for n in (0, 1, 2, 3, 7, 11, 12, 13, 23, 24, 25, 26, 48, 49, 100):
    print(n, all(check(n)), check(n).count(True))

# items are kept (not zeroed) and references stay valid after shifts
words = ["w%d" % i for i in range(30)]
for k in (1, 5, 24, 25, 29):
    w = words[:]
    del w[2:2 + k]
    print(k, w[:4], len(w))
    w[1:1] = words[:k]
    print(w[:3], w[k:k + 3], len(w))
t = ()
for i in range(30):
    t = t + (i,)
    t = (i,) + t
print(len(t), t[:5], t[-5:], sum(t))
