# math.isqrt of ints past the float range (2**1024 and up) is exact, never an overflow.
import math

for n in (10**400, 2**2000 + 5, 2**1024, 2**1024 - 1, (3**700) ** 2, (3**700) ** 2 - 1, 2**104 + 1):
    r = math.isqrt(n)
    print(r * r <= n < (r + 1) * (r + 1), r.bit_length())
print(math.isqrt(10**400) == 10**200)
