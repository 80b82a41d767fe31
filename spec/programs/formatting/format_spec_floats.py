# Format specs for floats: f/e/g/%, precision, sign, grouping, inf/nan, alternate forms.
for x in (0.0, -0.0, 1.5, -2.25, 1234567.891, 1e-7, 1e22, float("inf"), float("nan")):
    print(format(x, ""), format(x, ".2f"), format(x, "e"), format(x, ".3g"), format(x, "+,.1f"), format(x, "10.3"), format(x, "%"), format(x, "#g"), format(x, "015.2f"), format(x, "G"))
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {1/3:.20f} {123.456:e}")
