# math.isqrt, gcd and lcm: exact integer results, any number of arguments, errors.
import math
for n in (0, 1, 2, 3, 4, 15, 16, 17, 10 ** 20, 10 ** 20 - 1, 2 ** 1000, 2 ** 1001 + 12345):
    print(n % 10 ** 6, math.isqrt(n) % 10 ** 9, math.isqrt(n) ** 2 <= n < (math.isqrt(n) + 1) ** 2)
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(0, -5), math.gcd(), math.gcd(7), math.gcd(12, 18, 8), math.gcd(2 ** 100, 6 ** 50))
print(math.lcm(4, 6), math.lcm(-4, 6), math.lcm(0, 5), math.lcm(), math.lcm(3), math.lcm(2, 3, 4, 5), math.lcm(2 ** 40, 3 ** 30))
print(math.gcd(True, 4), math.isqrt(True))
for f, args in [(math.isqrt, (-1,)), (math.isqrt, (2.0,)), (math.gcd, (1.5, 2)), (math.lcm, (2, "3"))]:
    try:
        print(f(*args))
    except (ValueError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
