# Left and right shifts: small, big, negative operands and the negative-count error.
print(1 << 0, 1 << 29, 1 << 30, 1 << 31, 1 << 62, 1 << 100, -1 << 65)
print(12345 >> 3, -12345 >> 3, -1 >> 100, 1 >> 100, (2 ** 100) >> 99, -(2 ** 100) >> 98)
print(7 << 64 >> 64, 0 << 1000, -5 >> 1, -5 >> 0)
for a, b in [(1, -1), (2 ** 100, -5)]:
    for op in ("<<", ">>"):
        try:
            print(eval(f"{a} {op} {b}"))
        except ValueError as e:
            print("ValueError:", e)
print(True << 3, 1 << True)
