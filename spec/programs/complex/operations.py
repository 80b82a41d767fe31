# complex arithmetic, powers, abs, conjugate, and operations that are errors.
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** -1, a ** 0.5, a ** b, 2 ** a, a ** 0, 0j ** 0)
print(abs(a), abs(-5j), abs(complex(float("inf"), 1)), a.conjugate(), (2j).conjugate(), a == 3 + 4j, a != b)
print(1j * 1j, 1j ** 2, (1 + 1j) ** 8, (-1) ** 0.5 == 1j, a / 2, a / 2.0, 4 / a, a + True)
for c in ["a < b", "a // b", "a % b", "divmod(a, b)", "int(a)", "float(a)", "a / 0", "round(a)"]:
    try:
        print(eval(c))
    except (TypeError, ZeroDivisionError) as e:
        print(c, "->", type(e).__name__, e)
