# round(float, n) is correctly rounded (half-even on exact decimal value); round(float) gives int.
for x in (2.5, 3.5, -2.5, 0.5, -0.5, 1.5, 2.675, 0.125, 0.375, 1.005, 123.456, -123.456, 1e16, 5e-324, 0.0, -0.0):
    print(x, round(x), round(x, 0), round(x, 1), round(x, 2), round(x, -1), round(x, -2))
print(round(1e300, -300), round(1.5e300, -300), round(123.456, 400), round(123.456, -400), round(-123.456, -400))
print(round(2.675, 2), round(0.285, 2), round(1.45, 1), round(7.0, -1), type(round(2.5)).__name__, round(1e20))
print(round(float("inf"), 2), round(float("nan"), 2), round(-0.4), round(2.5, None))
