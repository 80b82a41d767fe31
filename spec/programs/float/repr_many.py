# repr() of many floats: shortest round-trip digits, exponent thresholds, specials.
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e15, 1e16, 1e17, 123456789012345678.0, 1e-4, 1e-5,
        0.0001234, 1.5e-7, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 9007199254740993.0,
        3.141592653589793, 2.718281828459045, 100.0, 1e22, 1e23, 12345.6789, 0.1 + 0.2, 1.1 * 3, 4.35, 0.5e-10]
for v in vals:
    print(repr(v), str(v), repr(-v))
print(float("inf"), float("-inf"), float("nan"), -float("nan"), [1.0, 2.5e-8], (0.1,), {1.5: 2.0})
