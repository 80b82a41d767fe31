# Function metadata: __name__, __qualname__, __defaults__, __doc__, __dict__, __module__.
def outer(a, b=1, *, c=2):
    "Outer doc."
    def inner(): pass
    return inner
class K:
    def meth(self): pass
print(outer.__name__, outer.__qualname__, outer.__doc__, outer.__defaults__, outer.__kwdefaults__)
print(outer().__qualname__, K.meth.__qualname__, (lambda: 0).__qualname__, (lambda: 0).__name__)
print(outer.__module__, inner_doc := outer().__doc__)
outer.tag = "x"
print(outer.__dict__, outer.tag, getattr(outer, "nope", None))
outer.__name__ = "renamed"
outer.__defaults__ = (5,)
print(outer.__name__, outer.__defaults__, outer.__code__.co_name)
def annotated(x: int, y: "str" = "") -> bool: pass
print(annotated.__annotations__)
try:
    outer.__name__ = 3
except TypeError as e:
    print(e)
print(type(outer).__name__, callable(outer), outer.__globals__ is globals())
