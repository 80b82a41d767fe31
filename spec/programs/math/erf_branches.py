# math.erf and math.erfc over every branch of the C library's method (|x| < 2**-28, < 0.84375,
# < 1.25, < 1/0.35, < 6, < 28 and beyond), on a grid and at the edges, digit for digit.
import math
xs = [i / 16 for i in range(-110, 111)] + [i / 7 for i in range(-200, 201, 3)]
xs += [0.0, -0.0, 2.0 ** -30, -2.0 ** -60, 5e-324, 1e-310, 0.84375, 1.25, 1 / 0.35, 6.0, 28.0, 27.9, 30.0, 0.25, -0.25, 0.2499, math.inf, -math.inf]
for x in xs:
    print(repr(x), repr(math.erf(x)), repr(math.erfc(x)))
print(math.erf(math.nan), math.erfc(math.nan))
