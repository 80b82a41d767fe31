# Sums, differences, small multiples and comparisons of big ints (done on the limbs, without a
# JS BigInt, in vm/objects/int_limbs.ts) against CPython: carries and borrows across every limb,
# results that shrink back below 2^53 and 2^30, mixed signs, medium and tagged operands, factors
# at the 2^21 edge, floor divisions with small quotients (estimated from the top limbs, then
# corrected) at the exact multiples and one below, and bools and int subclasses beside big ints.
import random

rng = random.Random(20261202)
edges = [0, 1, -1, 2**30 - 1, 2**30, -2**30, -2**30 - 1, 2**31, 2**32 - 1, 2**32, 2**52, 2**53 - 1,
         2**53, -2**53, 2**53 + 1, 2**64 - 1, 2**64, -2**64, 2**96 - 1, 2**128, 2**21 - 1, 2**21,
         -(2**21 - 1), -(2**21), 10**40, -10**40, 2**1000 - 1, -(2**1000)]
values = list(edges)
for bits in (33, 53, 54, 64, 65, 100, 500, 2000):
    for _ in range(6):
        v = rng.getrandbits(bits)
        values.append(v if rng.random() < 0.5 else -v)

acc = 0
lines = 0
for a in values:
    for b in values:
        s = a + b
        d = a - b
        p = a * b
        c = (a < b, a <= b, a == b, a != b, a > b, a >= b)
        acc = (acc * 31 + s % 1000003 + 7 * (d % 999983) + 13 * (p % 1000033) + sum(i << k for k, i in enumerate(c))) % (2**61 - 1)
        if type(s) is not int or type(d) is not int or type(p) is not int:
            print("not int", a, b)
        lines += 1
print(lines, acc)

# results that come back to small sizes are normal ints again
big = 2**100
print(big - (big - 5), (big + 7) - big, -big + big, (big * 3) - big * 2 == big)
print(hash((2**64 + 5) - 2**64) == hash(5), (2**70 - 1) - (2**70 - 2**53) == 2**53 - 1)
# a sum that carries out of every limb, and a difference that borrows through them
print(hex((2**256 - 1) + 1), hex(2**256 - 1), hex(-(2**256) + 1))
# bools and subclasses beside big ints
class I(int):
    pass
print(True + 2**80, 2**80 - True, 2**80 * True, 2**80 * False, I(3) + 2**70, 2**70 * I(2))
print(2**80 > True, I(2**90) < 2**90, 2**90 == I(2**90), -2**90 < False)
# multiples at the edge of the small-factor path
for f in (2**21 - 1, 2**21, -(2**21 - 1), -(2**21), 2**31, 0, 1, -1):
    print(f, (2**200 + 12345) * f % 1000000007, f * -(2**200 + 1) % 998244353)
# accumulating past 2^53 and back
t = 0
for i in range(200):
    t += 2**60 + i
for i in range(200):
    t -= 2**60
print(t, type(t).__name__)

# floor division with small quotients: exact multiples, one below, one above, the top of the range
checks = 0
h = 0
for bits in (53, 64, 95, 96, 97, 300, 1000):
    for _ in range(8):
        b = rng.getrandbits(bits) | (1 << (bits - 1))
        for q in (0, 1, 2, 9, 10, 2**20 - 1, 2**20, 2**20 + 1, 2**32, rng.getrandbits(19)):
            for delta in (-1, 0, 1, b - 1, -b):
                a = q * b + delta
                if a < 0:
                    continue
                r = a // b
                h = (h * 1000003 + r) % (2**61 - 1)
                checks += 1
                if (a // b, a % b) != divmod(a, b) or r * b > a or (r + 1) * b <= a:
                    print("bad division", a, b)
print(checks, h)
# the top limbs alone mislead the estimate: equal top limbs, lower limbs decide
b = (2**64 - 1) << 64
print((b - 1) // b, b // b, (2 * b - 1) // b, (2**128 - 1) // (2**64 + 1) == 2**64 - 1)
print(-(10**30) // 10**25, 10**30 // -(10**25), (-(10**30) - 1) // 10**25, 10**40 // 10**20)
print(True // 1, (2**70) // True, I(2**70) // 2**65, 2**70 // I(2**65))
