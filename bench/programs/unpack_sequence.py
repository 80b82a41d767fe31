# unpack_sequence: tuple and list unpacking in tight loops — fixed-size unpacking of 2-, 3-, 5-
# and 10-element tuples and lists, starred unpacking, swaps, and nested unpacking in for-loop
# targets. Size = number of outer iterations. Checksum: an integer folded from every unpacked
# value, so no unpacking can be skipped.
import sys


def tuples(n):
    t2 = (1, 2)
    t3 = (3, 4, 5)
    t5 = (6, 7, 8, 9, 10)
    t10 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    acc = 0
    for i in range(n):
        a, b = t2
        c, d, e = t3
        f, g, h, k, m = t5
        p0, p1, p2, p3, p4, p5, p6, p7, p8, p9 = t10
        a, b = b, a
        c, d, e = e, c, d
        acc += a - b + c * 2 - d + e + f - g + h - k + m + p0 + p3 - p6 + p9
        acc &= 0xFFFFFF
    return acc


def lists(n):
    l2 = [1, 2]
    l3 = [3, 4, 5]
    l10 = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100]
    acc = 0
    for i in range(n):
        a, b = l2
        c, d, e = l3
        p0, p1, p2, p3, p4, p5, p6, p7, p8, p9 = l10
        l2[0], l2[1] = b, a
        acc += a * 3 + b + c - d + e + p1 - p2 + p5 + p8 - p9 + i
        acc &= 0xFFFFFF
    return acc


def starred(n):
    t = (1, 2, 3, 4, 5, 6)
    acc = 0
    for i in range(n):
        first, *mid, last = t
        head, *rest = t
        *init, tail = t
        acc += first + last + len(mid) + head + len(rest) + tail + init[0]
    return acc


def nested(n):
    pairs = [((i, i + 1), (i * 2, (i * 3, i % 7))) for i in range(100)]
    acc = 0
    for _ in range(n // 100):
        for (a, b), (c, (d, e)) in pairs:
            acc += a + b - c + d - e
        for i, ((a, b), rest) in enumerate(pairs):
            x, (y, z) = rest
            acc += i + a - b + x - y + z
    return acc


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 400000
    r1 = tuples(n)
    r2 = lists(n)
    r3 = starred(n // 4)
    r4 = nested(n // 2)
    print("unpack_sequence n=%d tuples %d lists %d starred %d nested %d" % (n, r1, r2, r3, r4))


main()
