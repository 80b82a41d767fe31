# property with getter, setter and deleter; missing setter/deleter errors.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "Temperature in C."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def kelvin(self):
        return self._c + 273
t = Temp()
t.celsius = 25
print(t.celsius, t.kelvin, Temp.celsius.__doc__)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
try:
    t.kelvin = 5
except AttributeError as e:
    print(e)
try:
    del t.kelvin
except AttributeError as e:
    print(e)
del t.celsius
print(hasattr(t, "_c"))
print(type(Temp.celsius).__name__, Temp.kelvin.fset)
