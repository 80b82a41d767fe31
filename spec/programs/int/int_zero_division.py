# ZeroDivisionError messages for every int and float operator.
cases = ["1 // 0", "1 % 0", "1 / 0", "divmod(1, 0)", "0 ** -1", "1.0 / 0", "1.0 // 0", "1.0 % 0",
         "divmod(1.0, 0.0)", "0.0 ** -1", "1 / 0.0", "2 ** 100 // 0", "2 ** 100 % 0", "1j / 0", "0j ** -1", "pow(0, -2)"]
for c in cases:
    try:
        print(eval(c))
    except ZeroDivisionError as e:
        print(c, "->", e)
