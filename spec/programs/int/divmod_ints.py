# divmod on ints: (a // b, a % b), signs, big values, and division by zero.
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(0, 3), divmod(2 ** 100, 3), divmod(-(2 ** 100), 7 ** 20))
print(divmod(True, 2), divmod(5, True))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(2 ** 100, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
