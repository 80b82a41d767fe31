# math: exact integer functions and float functions with CPython's results.
import math

print(math.factorial(25), math.gcd(84, 36), math.lcm(4, 6), math.isqrt(10**20 + 1), math.comb(30, 12))
print(math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.pi, math.e, math.inf > 10**300)
print(math.log(1024, 2), math.log10(1000), math.hypot(3, 4), math.fsum([0.1] * 10), math.copysign(1, -0.0))
