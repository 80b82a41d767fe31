# sorted()/list.sort() of lists longer than one scan chunk (4096 keys, vm/objects/sort_scan.ts
# and sort_numeric.ts): the kind of the keys and the run direction decided across chunk edges,
# with the one key that changes the answer placed just before, at and after an edge.
import math

def check(name, xs, **kw):
    got = sorted(xs, **kw)
    ys = list(xs)
    ys.sort(**kw)
    print(name, len(got), got[:3], got[-3:], got == ys, sum(1 for a, b in zip(got, got[1:]) if (b < a if not kw.get('reverse') else a < b)))

n = 10000
up = list(range(n))
check("up", up)
check("up rev", up, reverse=True)
check("down", up[::-1])
check("equal", [7] * n)
for at in (4095, 4096, 4097, 8192, n - 1):
    xs = list(range(n))
    xs[at], xs[at - 1] = xs[at - 1], xs[at]  # one inversion at the edge
    check("swap%d" % at, xs)
    ys = list(range(n, 0, -1))
    ys[at] = n + 5  # one rise in a falling run
    check("rise%d" % at, ys)
    zs = list(range(n))
    zs[at] = 2.5  # a float among ints: the numeric path
    check("float%d" % at, zs)
    ws = list(range(n))
    ws[at] = float('nan')  # a NaN: the general path (CPython's order with a NaN)
    got = sorted(ws)
    print("nan%d" % at, len(got), sum(1 for x in got if x != x), got[:2], got[-2:])
    ss = [str(i) for i in range(n)]
    ss[at] = 5  # an int among strs: TypeError
    try:
        sorted(ss)
    except TypeError as e:
        print("mixed%d" % at, e)
    bs = list(range(n))
    bs[at] = 2 ** 40  # a big int: not a tagged one
    check("big%d" % at, bs)
    bs[at] = True
    check("bool%d" % at, bs)
fl = [math.sin(i) for i in range(n)]
check("floats", fl)
check("floats rev", fl, reverse=True)
pairs = [(i % 7, -i) for i in range(n)]
print(sorted(pairs)[:3], sorted(pairs, key=lambda p: p[1])[:2])
stable = [1.0, 1, True] * 3000
print([type(x).__name__ for x in sorted(stable)[:6]], [type(x).__name__ for x in sorted(stable, reverse=True)[-6:]])
print(sorted([-0.0, 0.0, 0, -0.0] * 2000)[:4], sorted([0.0, -0.0] * 3000, reverse=True)[:2])
