# object.__new__/__init__ excess-argument messages depend on which of the two a class overrides.
class C:
    pass

class D:
    def __new__(cls, *args, **kwargs):
        super().__new__(cls, *args, **kwargs)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)

class E:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)

class F:
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls)

cases = [
    lambda: C(42), lambda: C.__new__(C, 42), lambda: C().__init__(42), lambda: object.__new__(C, 42),
    lambda: object.__init__(C(), 42), lambda: D(42), lambda: D.__new__(D, 42), lambda: object.__new__(D, 42),
    lambda: E(42), lambda: E().__init__(42), lambda: object.__init__(E(), 42), lambda: E.__new__(E, 42),
    lambda: F(42), lambda: F().__init__(42), lambda: object.__init__(F(), 42),
]
for f in cases:
    try:
        f()
        print("ok")
    except TypeError as e:
        print(e)
