# isinstance/issubclass with tuples, nested tuples, X | Y unions and __instancecheck__.
class A: pass
class B(A): pass

print(isinstance(B(), A), isinstance(A(), B), issubclass(B, (int, A)), issubclass(bool, int))
print(isinstance(3, (str, (float, int))), isinstance("s", int | str), isinstance(None, int | None))
print(issubclass(bool, int | float), isinstance([], list | tuple | dict))
u = int | str
print(u, type(u).__name__, u.__args__, int | str == str | int)
print(isinstance(True, int), type(True) is int, isinstance(int, type), isinstance(type, object))

class Meta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")

class Duck(metaclass=Meta): pass
class Mallard:
    quack = True

print(isinstance(Mallard(), Duck), isinstance(1, Duck), issubclass(Mallard, Duck))
for bad in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: isinstance(1, list[int])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
