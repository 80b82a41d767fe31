# round(): banker's rounding, ndigits positive and negative, ints, floats, __round__.
class Rounds:
    def __round__(self, n=None):
        return f"rounded to {n}"

print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(1.005, 2), round(3.14159, 3), round(1234.5678, -2))
print(round(12345, -2), round(15, -1), round(25, -1), round(-25, -1), round(7, 2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, None))
print(round(Rounds()), round(Rounds(), 3), round(1e300, 2), round(-0.0))
for bad in [lambda: round(float("inf")), lambda: round(float("nan")), lambda: round("1")]:
    try:
        bad()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
