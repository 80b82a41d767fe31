# generators: nested generator pipelines — a source generator feeding filter, map, pairwise
# window, running-total and chunking stages, each its own generator function; plus a recursive
# `yield from` tree walk and generator expressions consumed by sum(). Size = items per pipeline.
# Checksum: integers folded from every stage's output.
import sys


def source(n):
    i = 0
    while i < n:
        yield i
        i += 1


def keep(pred, it):
    for x in it:
        if pred(x):
            yield x


def apply(fn, it):
    for x in it:
        yield fn(x)


def pairwise(it):
    prev = None
    first = True
    for x in it:
        if not first:
            yield prev, x
        prev = x
        first = False


def running(it):
    total = 0
    for x in it:
        total += x
        yield total


def chunks(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


def tree(depth, label):
    if depth == 0:
        yield label
        return
    yield from tree(depth - 1, label * 2)
    yield label
    yield from tree(depth - 1, label * 2 + 1)


def pipeline(n):
    odd = keep(lambda x: x % 3 != 0, source(n))
    sq = apply(lambda x: (x * x) % 1009, odd)
    diffs = apply(lambda p: p[1] - p[0], pairwise(sq))
    tot = running(diffs)
    acc = 0
    for chunk in chunks(tot, 7):
        acc = (acc * 31 + sum(chunk)) % 1000000007
    return acc


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
    a = pipeline(n)
    b = 0
    for _ in range(n // 4096):
        b += sum(tree(10, 1)) % 9973
    c = sum(x * x for x in source(n) if x & 1)
    d = sum(1 for x in (y * 3 for y in range(n)) if x % 5 == 1)
    print("generators n=%d pipeline %d tree %d genexp %d %d" % (n, a, b, c, d))


main()
