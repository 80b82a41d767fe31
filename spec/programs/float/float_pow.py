# float ** float: special cases, negative bases, complex results, overflow and underflow.
print(2.0 ** 10, 2.0 ** -1074, 2.0 ** -1075, 4.0 ** 0.5, (-8.0) ** 3, (-2.0) ** -2, 1.0 ** float("nan"), float("nan") ** 0)
print((-8) ** (1 / 3), (-1) ** 0.5, (-2.0) ** 1.5, 0.0 ** 0.0, 0.0 ** 2.5, (-0.0) ** 3, (-0.0) ** 2)
inf = float("inf")
print(inf ** 2, inf ** -1, (-inf) ** 3, (-inf) ** 2, 0.5 ** inf, 2.0 ** -inf, (-1.0) ** inf, 1.0 ** inf)
print(pow(2.0, 3), pow(2, 0.5), 10 ** -1, 10.0 ** 308, 9.0 ** 0.5, 2 ** 1023.0)
for c in ["10.0 ** 309", "(-10.0) ** 309.0", "2.0 ** 1024.5", "pow(2.0, 3, 5)"]:
    try:
        print(eval(c))
    except (OverflowError, TypeError) as e:
        print(c, type(e).__name__, e)
