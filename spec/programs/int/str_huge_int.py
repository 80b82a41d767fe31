# str() of huge ints: the 4300-digit default limit and sys.set_int_max_str_digits.
import sys
print(sys.get_int_max_str_digits())
n = 10 ** 4299
print(len(str(n)))
try:
    str(10 ** 4300)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(len(hex(10 ** 5000)), int("f" * 5000, 16) % 1000)
sys.set_int_max_str_digits(0)
s = str(7 ** 11834)
print(len(s), s[:20], s[-20:], sum(map(int, s)))
print(int("3" * 10000) % 997)
sys.set_int_max_str_digits(5000)
try:
    repr(10 ** 5000)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)
