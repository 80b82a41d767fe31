# object.__reduce_ex__ / __reduce__ / __getstate__: copyreg's reconstructor for protocols 0-1,
# __newobj__ (or __newobj_ex__) for 2+, state from __dict__ and __slots__, overrides honoured.
import copyreg

def show(r):
    return tuple(getattr(x, '__name__', x) if callable(x) else x for x in r)

class A:
    pass

a = A()
print(show(a.__reduce_ex__(2)), show(a.__reduce_ex__(0)), show(a.__reduce__()))
a.x = 1
print(show(a.__reduce_ex__(2)), show(a.__reduce_ex__(1)), a.__getstate__())

class Slots:
    __slots__ = ('p', '__q')

s = Slots()
s.p = 5
print(show(s.__reduce_ex__(2)), copyreg._slotnames(Slots), s.__getstate__())

class Args:
    def __init__(self, v):
        self.v = v

    def __getnewargs__(self):
        return (self.v,)

print(show(Args(3).__reduce_ex__(4)))

class KwArgs:
    def __getnewargs_ex__(self):
        return ((1,), {'k': 2})

print(show(KwArgs().__reduce_ex__(2)))

class Custom:
    def __reduce__(self):
        return (Custom, ())

print(show(Custom().__reduce_ex__(2)), show(Custom().__reduce_ex__(0)))

class L(list):
    pass

r = L([1, 2]).__reduce_ex__(2)
print(show(r[:3]), list(r[3]), r[4])

class D(dict):
    pass

r = D(a=1).__reduce_ex__(3)
print(show(r[:4]), list(r[4]))

def gen():
    yield 1

for proto in (0, 2):
    try:
        gen().__reduce_ex__(proto)
    except TypeError as e:
        print('TypeError:', e)
try:
    object().__reduce_ex__()
except TypeError as e:
    print('TypeError:', e)
print(A.__flags__ & (1 << 9) != 0, int.__flags__ & (1 << 9) != 0)
