# str(int) past sys.set_int_max_str_digits is refused (early from the size, or after converting).
import sys
for n in (4299, 4300, 5000, 20000):
    for sign in (1, -1):
        try:
            print(n, len(str(sign * 10 ** n)))
        except ValueError as e:
            print(n, e)
sys.set_int_max_str_digits(0)
print(len(str(7 ** 30000)))
sys.set_int_max_str_digits(640)
for n in (600, 639, 640, 700, 1000):
    try:
        print(n, len(str(10 ** n - 1)))
    except ValueError as e:
        print(n, e)
