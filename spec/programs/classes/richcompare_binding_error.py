# A comparison dunder that cannot be bound (a property raising) counts as NotImplemented.
def booh(self):
    raise AttributeError("booh")

class E:
    __eq__ = property(booh)
    __lt__ = property(booh)

e = E()
print(E() == E(), e == e, e != E())
try:
    E() < E()
except TypeError as x:
    print(x)
try:
    E().__eq__
except AttributeError as x:
    print("AttributeError", x)
