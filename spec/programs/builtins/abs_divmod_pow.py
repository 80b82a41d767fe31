# abs, divmod and pow (including 3-argument modular pow and negative exponents).
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

print(abs(-5), abs(3.5), abs(-0.0), abs(3 + 4j), abs(True), abs(Vec(3, 4)))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(7.5, 2), divmod(-7.5, 2))
print(pow(2, 10), pow(2, -2), pow(-8, 1 / 3) == (-8) ** (1 / 3), pow(2.0, 3))
print(pow(3, 200, 7), pow(5, -1, 7), pow(38, -1, 97), pow(2, 0, 1))
for bad in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5)]:
    try:
        pow(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError", e)
print(pow(base=2, exp=5), pow(10, 2, mod=7))
