# round(x, ndigits) of floats: toFixed's digits read back with Number() where no tie is possible (vm/text/float_round.ts),
# against CPython's dtoa mode 3 + strtod on 3,000 random bit patterns, uniform values and near-ties, 13 ndigits each.
import random, struct
r = random.Random(5)
vals = [0.125, 0.375, 2.675, -2.675, 1.005, -0.001, -0.0049, 0.0049, 1e20, 1.5e20, 9.99e20, 1e21, 1e22, 5e-324, 123456.789, -1e-10,
        0.5, 1.5, 2.5, -0.5, 0.045, 0.055, 2 ** -30, 1 / 3, -2 / 3, 1e-100]
for i in range(3000):
    bits = r.getrandbits(64)
    v = struct.unpack('<d', struct.pack('<Q', bits))[0]
    if v == v and abs(v) != float('inf'):
        vals.append(v)
    vals.append(r.uniform(-1000, 1000))
    vals.append(round(r.uniform(-10, 10), 3) + 0.0005)
out = []
for v in vals:
    for nd in (0, 1, 2, 3, 5, 10, 17, 25, 100, 101, -1, -2, 300):
        out.append(repr(round(v, nd)))
import hashlib; print(len(out), hashlib.sha1("|".join(out).encode()).hexdigest())
print(out[:60])
