# STORE_ATTR's appends of new attributes (the stores of __init__) through a site's remembered map
# transition (map before -> map after): every change below comes after the sites ran hundreds of
# times, and the instances' attributes, order and __dict__ must be CPython's.
import gc


class P:
    def __init__(self, a, b, c):
        self.x = a
        self.y = b
        self.z = c


def make(cls, n):
    return [cls(i, i + 1, i + 2) for i in range(n)]


def show(tag, o):
    print(tag, type(o).__name__, vars(o) if hasattr(o, '__dict__') else None)


def ordered(obj, first):
    # one site appends `w` to instances whose maps differ: (x, y, z) and (z, x) and empty
    if first:
        obj.w = 1
    else:
        obj.w = 2
    return obj


ps = make(P, 300)
show('plain', ps[-1])
print(sum(p.x + p.y + p.z for p in ps))

# two maps through one site (set_w sees instances with maps (x, y, z) and (z,) and ())
def set_w(o, v):
    o.w = v


for i in range(300):
    p = P(i, 0, 0)
    set_w(p, i)
q = P.__new__(P)
q.z = 9
for i in range(300):
    r = P.__new__(P)
    r.z = i
    set_w(r, -i)
    set_w(q, i)
e = P.__new__(P)
set_w(e, 'e')
show('two maps p', p)
show('two maps r', r)
show('two maps q', q)
show('empty', e)

# attributes deleted and re-added in other orders: the map is no longer the chain's
for i in range(300):
    p = P(i, 1, 2)
    del p.y
    p.y = 'again'
    set_w(p, i)
show('del/readd', p)
p = P(1, 2, 3)
del p.x
del p.z
p.z = 'z'
p.x = 'x'
set_w(p, 'w')
show('reordered', p)

# __dict__ assigned before the site's append
for i in range(300):
    p = P(i, 1, 2)
    p.__dict__ = {'k': i}
    set_w(p, i)
show('dict assigned', p)
p = P(1, 2, 3)
d = p.__dict__
set_w(p, 'through dict')
print('dict sees w', d.get('w'), d is p.__dict__)


# a subclass instance through the same site (its __init__ calls P's, then appends more)
class Q(P):
    def __init__(self, a, b, c):
        super().__init__(a, b, c)
        self.q = a * 2


qs = make(Q, 300) + make(P, 300) + make(Q, 300)
show('subclass', qs[-1])
show('base after sub', qs[450])
for o in qs[::100]:
    set_w(o, 'sw')
    show('set_w mixed', o)


# a class with __slots__ and __dict__: the values sit after the slots
class PS:
    __slots__ = ('s', '__dict__')

    def __init__(self, a):
        self.s = a
        self.u = a + 1
        self.v = a + 2


pss = [PS(i) for i in range(300)]
print('slots+dict', pss[-1].s, vars(pss[-1]))

# __class__ assigned between classes of one layout before an append at P's sites
class P2:
    def __init__(self, a, b, c):
        self.x = a
        self.y = b
        self.z = c


for i in range(300):
    o = P2(i, 0, 0)
    o.__class__ = P
    set_w(o, i)
show('class assigned', o)
o = P(1, 2, 3)
o.__class__ = P2
set_w(o, 'p2')
show('class assigned back', o)

# a collection between the appends (the remembered maps are young objects)
for round_ in range(3):
    ps = make(P, 200)
    gc.collect()
    ps += make(P, 200)
    for p in ps[::37]:
        set_w(p, round_)
show('after gc', ps[-1])
print(sum(p.x for p in ps))

# __setattr__ added to the class after the sites are warm
log = []


def spy(self, name, value):
    log.append(name)
    object.__setattr__(self, name, value)


P.__setattr__ = spy
p = P(1, 2, 3)
set_w(p, 4)
show('setattr', p)
print('log', log)
del P.__setattr__
p = P(1, 2, 3)
show('setattr gone', p)
print('log', log)


# a property named like an attribute, added to the class later, wins over the append
def get_y(self):
    return 'prop-y'


def set_y(self, v):
    log.append(('set y', v))


make(P, 300)
P.y = property(get_y, set_y)
p = P(1, 2, 3)
show('property', p)
print(p.y, log[-1])
del P.y
p = P(1, 2, 3)
show('property gone', p)


# a data descriptor (no property) named like the attribute
class Data:
    def __get__(self, obj, cls=None):
        return 'data-z'

    def __set__(self, obj, v):
        obj.__dict__['zz'] = v


make(P, 300)
P.z = Data()
p = P(1, 2, 3)
show('data descriptor', p)
print(p.z)
del P.z
p = P(1, 2, 3)
show('data gone', p)

# a non-data descriptor (a plain class attribute) does not stop the append
make(P, 300)
P.x = 'class x'
p = P(5, 6, 7)
show('class attr', p)
print(p.x, P.x)
del P.x


# many attributes past any inline limit, through one __init__ whose sites are warm
class Many:
    def __init__(self, n):
        for i in range(n):
            setattr(self, 'a%d' % i, i)
        self.last = n


class Wide:
    def __init__(self, v):
        self.a00 = v; self.a01 = v; self.a02 = v; self.a03 = v; self.a04 = v; self.a05 = v
        self.a06 = v; self.a07 = v; self.a08 = v; self.a09 = v; self.a10 = v; self.a11 = v
        self.a12 = v; self.a13 = v; self.a14 = v; self.a15 = v; self.a16 = v; self.a17 = v
        self.a18 = v; self.a19 = v; self.a20 = v; self.a21 = v; self.a22 = v; self.a23 = v
        self.a24 = v; self.a25 = v; self.a26 = v; self.a27 = v; self.a28 = v; self.a29 = v
        self.a30 = v; self.a31 = v; self.a32 = v; self.a33 = v; self.a34 = v; self.a35 = v


ws = [Wide(i) for i in range(300)]
print('wide', len(vars(ws[-1])), list(vars(ws[-1]))[-3:], ws[-1].a35, ws[0].a00)
ms = [Many(i % 45) for i in range(400)]
print('many', [len(vars(m)) for m in ms[40:48]], ms[-1].last, list(vars(ms[44]))[-2:])
for m in ms[::50]:
    set_w(m, 'm')
print('many w', ms[50].w, list(vars(ms[50]))[-1])

# a __slots__ class without __dict__ through an appending site raises
class NoDict:
    __slots__ = ('x', 'y', 'z')


nd = NoDict()
try:
    set_w(nd, 1)
except AttributeError as ex:
    print('AttributeError', ex)


# instances made before the class's capacity hint grew have less room: an appending site warmed
# on roomier instances must not write past the early ones (they switch to a dict instead)
class K:
    def __init__(self):
        self.x = 1


def extend(k, i):
    k.y = i
    k.z = i + 1
    k.t = i + 2


early = [K() for _ in range(5)]
late = []
for i in range(300):
    k = K()
    extend(k, i)
    late.append(k)
later = [K() for _ in range(5)]
for i, k in enumerate(early):
    extend(k, -i)
guard = [K() for _ in range(5)]
print('early', [vars(k) for k in early[:2]], vars(late[-1]))
print('guard', [vars(k) for k in guard[:2]], len(later))
