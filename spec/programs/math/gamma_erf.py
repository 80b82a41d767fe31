# math.gamma, lgamma, erf and erfc values and domain/range errors.
import math
for x in (1, 2, 5, 10, 0.5, 1.5, 2.5, -0.5, -1.5, 0.1, 20, 171, 1e-10):
    print(x, math.gamma(x), math.lgamma(x))
for x in (0, 0.1, 0.5, 1, 1.5, 2, 3, 5, -0.3, -2, 30):
    print(x, math.erf(x), math.erfc(x))
print(math.lgamma(1e300), math.lgamma(-2.5), math.gamma(-2.5), math.lgamma(1), math.lgamma(2))
for f, x in [(math.gamma, 0), (math.gamma, -1), (math.gamma, 172), (math.lgamma, 0), (math.lgamma, -3), (math.gamma, -math.inf)]:
    try:
        print(f(x))
    except (ValueError, OverflowError) as e:
        print(f.__name__, x, type(e).__name__, e)
