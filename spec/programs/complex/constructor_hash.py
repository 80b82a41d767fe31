# complex() from numbers and objects with __complex__/__float__/__index__, and hash().
print(complex(), complex(2), complex(2.5, -1), complex(1j, 1j), complex(1 + 1j, 2), complex(True, False))
class C:
    def __complex__(self):
        return 5 - 5j
class F:
    def __float__(self):
        return 1.5
class I:
    def __index__(self):
        return 4
print(complex(C()), complex(F()), complex(I()), complex(F(), I()))
for z in (0j, 1 + 0j, 1j, 2 - 3j, complex(0.5, 0.25), complex(-1, -1)):
    print(z, hash(z))
print(hash(1 + 0j) == hash(1), hash(complex(1.5, 0)) == hash(1.5), {1: "a", 1 + 0j: "b"})
class Sub(complex):
    pass
s = Sub(1, 2)
print(s, type(s).__name__, type(s + 1).__name__, isinstance(s, complex), s.real)
