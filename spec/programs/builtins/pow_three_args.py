# pow(a, b, m): a Python __pow__ of the base class is called with the modulus (never __rpow__);
# the builtin numbers: integers only, CPython's errors.
class I(int):
    def __repr__(self): return 'I(%r)' % int(self)
    def __pow__(self, o, m=None): return I(pow(int(self), int(o), None if m is None else int(m)))
    def __rpow__(self, o, m=None): return I(pow(int(o), int(self), m))
print(repr(pow(I(2), I(3), I(5))), pow(2, I(3), 5), repr(I(2) ** 3), repr(2 ** I(3)))
class F:
    def __pow__(self, o, m=None): return ('F', o, m)
print(pow(F(), 2, 3))
for args in [(2.0, 3, 5), ('a', 3, 5), (2, 3, 5.0), (2, 3, 0), (2, -1, 5), (3, -1, 6)]:
    try: print(pow(*args))
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
print(pow(True, 3, 5), pow(2, 10**20, 7), (2).__pow__(3, 5))
