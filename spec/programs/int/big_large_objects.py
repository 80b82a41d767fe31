# Big ints above 4 KiB (large objects, allocated old: 1024+ limbs) made and dropped by the
# thousand, with some kept alive across the major collections that large-object allocation asks
# for (stmgc/old_space.ts noteLargePages): the kept ones must still read back the same.
import sys

sys.set_int_max_str_digits(0)
kept = []
x = 3 ** 25000  # ~39600 bits, ~1240 limbs
acc = 0
for i in range(3000):
    y = x * (i + 1) + i  # a fresh large int each time
    z = y - x * i
    acc ^= z & 0xFFFFFFFF
    if i % 300 == 0:
        kept.append((i, y))
print(acc)
for i, y in kept:
    assert y == x * (i + 1) + i, i
print(len(kept), [y % 1000003 for _, y in kept])
print(sum(kept[-1][1].to_bytes(5000, "little")) % 997, str(kept[3][1])[:30], len(str(kept[3][1])))
# floor division and modulo of large operands with small quotients, signs mixed
a = 7 ** 20000 + 12345
b = 7 ** 19999
for sa in (1, -1):
    for sb in (1, -1):
        q, r = divmod(sa * a, sb * b)
        print(sa, sb, q, r % 1000003, (sa * a) // (sb * b) == q, (sa * a) % (sb * b) == r)
