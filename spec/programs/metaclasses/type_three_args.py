# type(name, bases, dict) builds classes dynamically; type(x) returns the class.
def hello(self): return "hi from " + type(self).__name__
Dyn = type("Dyn", (object,), {"greet": hello, "k": 3})
print(Dyn.__name__, Dyn().greet(), Dyn.k, Dyn.__bases__, type(Dyn()) is Dyn)
Sub = type("Sub", (Dyn,), {})
print(Sub().greet(), [c.__name__ for c in Sub.__mro__], type(Sub) is type)
print(type(3), type("s"), type(None), type(type))
try:
    type("X", 1, {})
except TypeError as e:
    print(e)
try:
    type("X", (), {}, 4)
except TypeError as e:
    print(e)
try:
    type(1, 2)
except TypeError as e:
    print(e)
class Ql:
    class Inner:
        pass
print(Ql.Inner.__qualname__, Ql.Inner.__name__, Ql.__module__)
