# int / int is correctly rounded, even for big operands; overflow raises.
print(1 / 3, 2 / 3, 10 / 4, -7 / 2, 7 / -2, 0 / 5, -0 / 5, 6 / 3)
print(10 ** 400 / 10 ** 399, (2 ** 53 + 1) / 1, (2 ** 80 + 1) / 2 ** 80, 1 / 2 ** 1074, 1 / 2 ** 1075, 1 / 2 ** 1076)
print(3 ** 200 / 7 ** 100, (10 ** 30 + 1) / (10 ** 30 - 1), -(2 ** 200) / 3)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
