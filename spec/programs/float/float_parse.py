# float(str): whitespace, underscores, exponents, inf/nan spellings, extremes.
for s in ["1.5", "  -2.25\n", "1_000.000_1", "1e5", "1E-5", ".5", "5.", "-.5e1", "+1.0", "10",
          "inf", "-Infinity", "INF", "nan", "-NaN", "+nan", "1e400", "-1e400", "1e-400", "4.9e-324", "2.5e-324",
          "0.1000000000000000055511151231257827", "1" * 30, "-0", "\u0661.\u0662", "١٢"]:
    print(repr(s), float(s))
print(float(b"1.25"), float(bytearray(b" 3 ")), float(2 ** 60), float(True), float(-7), float())
