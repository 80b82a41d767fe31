# math.fsum is exactly rounded; math.prod multiplies with an optional start.
import math
print(sum([0.1] * 10), math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(x / 7 for x in range(100)))
print(math.fsum([float("inf"), 1]), math.fsum([float("nan"), 1]), math.fsum([2.0 ** -1074] * 3))
for xs in ([float("inf"), float("-inf")], [1e308, 1e308], ["a"], [1e308, 1e308, -1e308, -1e308]):
    try:
        print(math.fsum(xs))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 30)), math.prod([2, 3], start=10))
print(math.prod([[1]] * 1, start=1), math.prod(["ab"], start=2), math.prod([1j, 1j]), math.prod([True, True]))
