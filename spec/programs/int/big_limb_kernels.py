# Big-int sums, differences and small multiples whose operands are both big (3+ limbs: the
# WebAssembly limb kernels of vm/objects/int_wasm.ts when the heap is a WebAssembly memory, the JS
# loops of int_limbs.ts otherwise): carries and borrows that run through every limb and stop at
# each limb boundary, differences that shrink to fewer limbs, to a medium or a tagged int, or to
# zero, every sign combination, factors 0, 1, 2**k - 1 and 2**k up to 2**21 (the factor bound of
# the limb path) and past it, and operands of 10**5 limbs.
import random

rng = random.Random(20261206)
M = 2**61 - 1


def h(v):
    return (v % M, v < 0, v.bit_length())


out = []
# carries that run to the top and stop at limb k, for sizes around the 3-limb threshold
for n in (3, 4, 5, 8, 33, 100):
    top = 2**(32 * n) - 1
    for k in range(n + 1):
        stop = 2**(32 * k)
        out.append(h(top - stop + 1 + (stop - 1)))      # all ones
        out.append(h((top - (stop - 1)) + (stop - 1) + 1))  # carry out of the top
        out.append(h((top ^ (2**(32 * k + 5))) + 2**(32 * k + 5)))
        # borrows through k limbs
        out.append(h(2**(32 * n) - 1 - (2**(32 * k) - 1)))
        out.append(h(2**(32 * n) - 2**(32 * k)))
        out.append(h(2**(32 * n) + 2**(32 * k) - 2**(32 * n)))
print(len(out), hash(tuple(out)) % M)

# differences that shrink: to fewer limbs, below 2**53, below 2**30, to zero, negative
big = 2**200 + 12345
for d in (0, 1, 2**30, 2**53, 2**64, 2**199, 2**200, big - 1, big, big + 1):
    x = big - d
    y = d - big
    print(type(x).__name__, x == -y, x % 1000003, y % 1000003, x.bit_length())

# every sign combination of big + big and big - big, sizes 3..40 limbs
acc = 0
for _ in range(400):
    a = rng.getrandbits(rng.randrange(65, 1300))
    b = rng.getrandbits(rng.randrange(65, 1300))
    for sa in (1, -1):
        for sb in (1, -1):
            x, y = sa * a, sb * b
            acc = (acc * 1000003 + (x + y) % M + 3 * ((x - y) % M) + 5 * ((y - x) % M)) % M
print(acc)

# small multiples: factors at the edges, both orders, both signs
facs = [0, 1, 2, 3, 9, 10, 2**16 - 1, 2**16, 2**20 - 1, 2**20, 2**21 - 1, 2**21, 2**31 - 1, 2**31, 2**32 - 1, 2**32]
acc = 0
for bits in (65, 96, 97, 128, 1000, 5000):
    for pattern in (2**bits - 1, rng.getrandbits(bits) | 2**(bits - 1), 2**(bits - 1)):
        for f in facs:
            for s in (1, -1):
                p = pattern * (s * f)
                q = (s * f) * pattern
                assert p == q
                acc = (acc * 31 + p % M + (p < 0)) % M
print(acc)

# a spigot's steps (the pattern pidigits runs): q, r, t grow by small factors
q, r, t, k = 1, 0, 1, 1
digits = []
while len(digits) < 300:
    l = 2 * k + 1
    q, r, t = q * k, (2 * q + r) * l, t * l
    k += 1
    if q > r:
        continue
    d = (3 * q + r) // t
    if d == (4 * q + r) // t:
        digits.append(d)
        q, r = 10 * q, 10 * (r - d * t)
print(''.join(map(str, digits[:50])), sum(digits))

# huge operands: 10**5 limbs
x = 2**(32 * 100000) - 1
y = rng.getrandbits(32 * 100000 - 7)
print(h(x + y), h(x - y), h(y - x), h(x * 2**21 - 1), h((x + 1) * 7 - 7 * x), h(-x * 3 + y))
