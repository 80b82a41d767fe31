# Three-argument pow: modulus signs, negative exponents (modular inverse), errors.
print(pow(3, 1000, 7), pow(2, 100, 10 ** 9 + 7), pow(-3, 5, 7), pow(3, 5, -7), pow(0, 0, 5))
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, -3, 11), pow(-2, -1, 7), pow(5, 0, 1))
print(pow(2 ** 100, 2 ** 50, 10 ** 20 + 39))
for args in [(2, -1, 4), (3, 2, 0), (2, 1.5, 3), (2.0, 2, 3)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(pow(2, -1), pow(-2, -2), pow(10, -3))
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
