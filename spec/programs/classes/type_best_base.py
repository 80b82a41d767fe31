# __base__ is CPython's best base: the first base whose builtin solid base is the most derived.
class B:
    def ham(self): return 'ham%d' % self
C = type('C', (B, int), {'spam': lambda self: 'spam%d' % self})
print(C.__base__, C.__bases__, C.__mro__)
x = C(42); print(x, type(x).__name__, x.ham(), x.spam(), x.to_bytes(2, 'little'))
class D(B, dict): pass
d = D(a=1); print(D.__base__, d, d.ham.__name__)
class E(B, Exception): pass
print(E.__base__, repr(E('x')))
