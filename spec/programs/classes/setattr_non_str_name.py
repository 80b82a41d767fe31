# The generic __setattr__/__delattr__/__getattribute__ refuse names that are not str.
class A:
    pass

class S(str):
    pass

cases = [
    lambda: type.__setattr__(A, b'x', None), lambda: object.__setattr__(A(), 1, None),
    lambda: object.__delattr__(A(), 1.5), lambda: object.__getattribute__(A(), None),
    lambda: setattr(A(), 1, None), lambda: type.__delattr__(A, 3),
]
for f in cases:
    try:
        f()
        print("ok")
    except TypeError as e:
        print(e)
a = A()
object.__setattr__(a, S("name"), 5)
print(a.name, object.__getattribute__(a, S("name")))
