# type(x) with one argument is the object's own type (Py_TYPE), never its __class__: through
# CALL's fast path (interp/loop.ts callFromStack) for every kind of object, in a loop and once.
import sys, math

class Meta(type):
    pass

class WithMeta(metaclass=Meta):
    pass

class Liar:
    @property
    def __class__(self):
        return int

class MyInt(int):
    pass

class Slotted:
    __slots__ = ('a',)

def gen():
    yield 1

values = [0, -5, 2 ** 100, True, False, None, 1.5, float('nan'), 3j, 'x', '', b'b', bytearray(b'c'),
          [1], (1,), {}, {1}, frozenset(), range(3), slice(1), ..., NotImplemented, len, print,
          gen, gen(), lambda: 0, sys, math, int, type, Meta, WithMeta, WithMeta(), Liar(), MyInt(3),
          Slotted(), object(), iter([]), map(abs, []), memoryview(b'm'), ValueError('v'), property(),
          staticmethod(len), classmethod(len), super(MyInt, MyInt(1)), [].append, (1).__add__]
for v in values:
    print(type(v).__name__, type(v) is v.__class__, isinstance(v, type(v)))
print(type(Liar()) is Liar, Liar().__class__ is int, isinstance(Liar(), int))
counts = {}
for i in range(3000):
    t = type(values[i % len(values)])
    counts[t.__name__] = counts.get(t.__name__, 0) + 1
print(sorted(counts.items())[:5], len(counts))
print(type(1) is int, type(True) is bool, type(MyInt(2)) is MyInt, type(type) is type, type(Meta) is type)
t = type
print(t(3.0), t('name', (), {}).__name__, type('N', (object,), {'a': 1})().a)
try:
    type()
except TypeError as e:
    print('TypeError', e)
try:
    type(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    type(object=1)
except TypeError as e:
    print('TypeError', e)
