# User subclasses of float: arithmetic gives float, repr/str, isinstance, extra attributes.
class MyFloat(float):
    pass
class Meters(float):
    def __repr__(self):
        return f"{float(self)}m"
a = MyFloat(2.5)
print(a, repr(a), type(a).__name__, type(a + 1).__name__, type(a * a).__name__, type(-a).__name__, a + 1, a / 2)
print(isinstance(a, float), a == 2.5, hash(a) == hash(2.5), a.is_integer(), a.hex(), a.as_integer_ratio(), round(a))
print(MyFloat("1.5"), MyFloat(), MyFloat(3), Meters(4), [Meters(1.5)], str(Meters(2)), f"{Meters(3):.2f}")
a.unit = "kg"
print(a.unit, type(MyFloat.fromhex("0x1p1")).__name__, MyFloat.fromhex("0x1p1"), int(a), type(abs(a)).__name__, a.real)
print(divmod(a, 1), a // 1, a % 1, a ** 2, 2 ** a, 1 - a)
