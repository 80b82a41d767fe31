# Unary -, +, ~ and abs() on ints, floats, complex and bools.
for v in (0, 5, -5, 2 ** 30, -(2 ** 30), 2 ** 100, True, False):
    print(repr(v), -v, +v, ~v, abs(v))
for v in (0.0, -0.0, 1.5, -1.5, float("inf"), float("-inf")):
    print(repr(v), -v, +v, abs(v))
print(-(1 + 2j), +(1 - 2j), abs(-3 - 4j), -0j, -(0j))
try:
    ~1.5
except TypeError as e:
    print("TypeError:", e)
