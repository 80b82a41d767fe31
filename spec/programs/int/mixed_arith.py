# Mixed int/float/complex/bool arithmetic: result types and values.
vals = [3, 2.5, 1 + 1j, True]
for a in vals:
    for b in vals:
        r = a + b
        print(type(a).__name__, type(b).__name__, type(r).__name__, r, a * b, a - b)
print(7 // 2.0, 7 % 2.5, -7 // 2.0, 2 ** 0.5, 4 ** -0.5, 10 ** 2.0, 2.0 ** 10, 1 + 2 ** 100 * 1.0)
print(3 + 0j == 3, 1.0 + True, 2 * 0.1, 3 * 0.1, 0.1 * 3, 2 ** 100 + 0.5)
