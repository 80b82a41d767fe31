# Format specs for ints: bases, alternate forms, sign, grouping, zero padding, c.
for n in (0, 42, -42, 255, 1234567, -1234567890123456789):
    print(format(n, "d"), format(n, "+d"), format(n, " d"), format(n, "x"), format(n, "#X"), format(n, "#o"), format(n, "#b"), format(n, ","), format(n, "_"), format(n, "010"), format(n, "<8"), format(n, "^+9"), format(n, "=8"), format(n, "_x"))
print(format(65, "c"), format(10, "n"), format(True, "d"), format(True), format(3, ".2f"), format(5, "e"), format(5, "%"))
