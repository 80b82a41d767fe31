# User subclasses of int: arithmetic returns plain int, repr, isinstance, overrides.
class MyInt(int):
    pass
class Named(int):
    def __repr__(self):
        return f"Named({int(self)})"
    def __add__(self, other):
        return Named(int(self) + int(other))
a = MyInt(5)
print(a, repr(a), type(a).__name__, type(a + 1).__name__, type(-a).__name__, type(a * a).__name__, a + 1, a * a)
print(isinstance(a, int), isinstance(a, MyInt), issubclass(MyInt, int), a == 5, hash(a) == hash(5), a < 6)
print(MyInt("12", 8), MyInt(3.7), MyInt() , type(int(a)).__name__, type(abs(a)).__name__, [10, 20, 30, 40, 50, 60][a])
n = Named(3)
print(n, repr(n + 4), repr(4 + n), str(n), f"{n:>5}", n.bit_length(), divmod(n, 2))
a.attr = "x"
print(a.attr, a.real, type(a.real).__name__, 2 ** a, a ** 2, a >> 1, a & 4, 1 << a)
print({a: 1}[5], range(a)[-1], hex(a), bin(a), oct(a), float(a), round(a), str(MyInt(-7)))
