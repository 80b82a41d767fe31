# divmod on floats and mixed int/float operands.
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.1), (0.0, -3.0), (-0.0, 3.0), (1e308, 1e-308),
             (5, 0.5), (10 ** 20, 3.0), (float("inf"), 3.0), (3.0, float("inf")), (-3.0, float("inf"))]:
    print(a, b, divmod(a, b))
