# float arithmetic errors: division by zero messages and overflow.
for c in ["1.0 / 0.0", "1.0 // 0.0", "1.0 % 0.0", "divmod(1.0, 0)", "0.0 ** -1", "0.0 ** -1.5", "1e308 * 10",
          "10.0 ** 400", "2.0 ** 1024", "(-10.0) ** 401", "float(10 ** 400)", "10 ** 400 * 1.0", "1e308 + 1e308",
          "int(float('inf'))", "int(float('nan'))", "round(float('inf'))", "round(float('nan'))"]:
    try:
        print(c, "=", eval(c))
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(c, "->", type(e).__name__, e)
