# weakref.ref: the referent, callbacks after gc.collect(), sharing of plain refs, hash/eq,
# getweakrefcount/getweakrefs, the types CPython refuses, subclasses of ref.
import gc
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f'Obj({self.n})'


o = Obj(1)
r = weakref.ref(o)
print(r() is o, r() , type(r).__name__, weakref.ref is weakref.ReferenceType)
print(weakref.ref(o) is r, weakref.getweakrefcount(o), weakref.getweakrefs(o) == [r])
print(r.__callback__)

events = []


def cb(w):
    events.append(('cb', w is r2, w()))


r2 = weakref.ref(o, cb)
print(r2 is not r, r2.__callback__ is cb, weakref.getweakrefcount(o))
print(r == r2, r != r2, hash(r) == hash(o), hash(r2) == hash(o))
h = hash(r)
del o
gc.collect()
print(events, r(), r2(), hash(r) == h)
print(r == r2, r == r, r != r2)
try:
    hash(r2)
except TypeError as e:
    print('TypeError:', e)

for v in [1, 2 ** 100, 'a', b'b', (), [], {}, None, True, 1.5, 2j, bytearray(), object(), range(3), slice(1), property()]:
    try:
        weakref.ref(v)
        print('ok', type(v).__name__)
    except TypeError as e:
        print('TypeError:', e)


class Slots:
    __slots__ = ('a',)


class SlotsWeak:
    __slots__ = ('a', '__weakref__')


class L(list):
    pass


class D(dict):
    pass


for v in [Slots(), SlotsWeak(), L(), D(), set(), frozenset(), Obj, len, print, ValueError('x'), weakref]:
    try:
        w = weakref.ref(v)
        print('ok', type(v).__name__, w() is v)
    except TypeError as e:
        print('TypeError:', e)


def f():
    return 1


wf = weakref.ref(f)
print(wf()() , weakref.ref(Obj(0).__repr__)() is None or True)
try:
    weakref.ref(r)
except TypeError as e:
    print('TypeError:', e)
try:
    weakref.ref()
except TypeError as e:
    print('TypeError')


class MyRef(weakref.ref):
    def __new__(cls, ob, callback=None, tag=None):
        return super().__new__(cls, ob, callback)

    def __init__(self, ob, callback=None, tag=None):
        super().__init__(ob, callback)
        self.tag = tag


a = Obj(2)
m = MyRef(a, None, 'first')
print(m() is a, m.tag, isinstance(m, weakref.ref))
print(weakref.getweakrefcount(a))
seen = []
m2 = MyRef(a, lambda w: seen.append(w.tag), 'second')
del a
gc.collect()
print(m(), m2(), seen)

# a weak reference that dies before (or with) its referent never calls back
b = Obj(3)
lost = []
weakref.ref(b, lambda w: lost.append(1))
t = weakref.ref(b, lambda w: lost.append(2))
del t
del b
gc.collect()
print('lost', lost)

# cycles die at gc.collect() in CPython too
c1, c2 = Obj(4), Obj(5)
c1.other, c2.other = c2, c1
w1 = weakref.ref(c1, lambda w: events.append('c1 gone'))
del c1, c2
gc.collect()
print(w1(), events[-1])

# __weakref__: the first weak reference (or None), where CPython gives instances the slot
print('__weakref__' in SlotsWeak.__dict__, '__weakref__' in Slots.__dict__, '__weakref__' in L.__dict__)
fresh = Obj(9)
print(fresh.__weakref__)
wfresh = weakref.ref(fresh)
print(fresh.__weakref__ is wfresh, hasattr(Slots(), '__weakref__'), hasattr(1, '__weakref__'))


class Sub(Obj):
    pass


print('__weakref__' in Sub.__dict__, weakref.ref(Sub(1))() is None or True)
import dataclasses


@dataclasses.dataclass(slots=True, weakref_slot=True)
class DC:
    x: int


@dataclasses.dataclass(slots=True)
class DCNoWeak:
    x: int


dc = DC(1)
print(weakref.ref(dc)() is dc)
try:
    weakref.ref(DCNoWeak(1))
except TypeError as e:
    print('TypeError:', e)
