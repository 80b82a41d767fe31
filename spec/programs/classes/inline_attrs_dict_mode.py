# Instance attributes kept inline (vm/objects/inline_values.ts) and every switch to a real
# __dict__: the order of vars(), __dict__ identity, deletion then re-adding, more attributes than
# the capacity, non-str keys, __dict__ assignment, __class__ assignment, __slots__ with __dict__.
import copy, dataclasses, gc, sys, weakref


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


ps = [P(i, -i) for i in range(50)]
print(sum(p.x - p.y for p in ps))

# vars() / __dict__: insertion order, the same dict object every time, live both ways
p = ps[1]
d = vars(p)
print(d, d is p.__dict__, d is vars(p))
p.z = 3
print(d, list(d))
d['w'] = 4
print(p.w, p.__dict__)
d['x'] = 100
print(p.x)
p2 = ps[2]
p2.z = 1
p2.y = 5
print(vars(p2))

# delete, then re-add: the name goes to the end
p3 = ps[3]
p3.z = 9
del p3.x
print(vars(p3), hasattr(p3, 'x'))
p3.x = 7
print(vars(p3), p3.x)
try:
    del p3.nothing
except AttributeError as e:
    print('AttributeError', e)
p4 = ps[4]
try:
    del p4.nothing
except AttributeError as e:
    print('AttributeError', e)
print(vars(p4))

# more attributes than any capacity, in two orders
class Many:
    pass


for n in (5, 12, 40, 3):
    o = Many()
    for i in range(n):
        setattr(o, 'a%d' % (n - i), i)
    print(n, len(vars(o)), list(vars(o))[:4], o.__dict__.get('a1'), getattr(o, 'a%d' % n))
o = Many()
for i in range(35):
    setattr(o, 'b%d' % i, i)
print(sum(getattr(o, 'b%d' % i) for i in range(35)), list(vars(o))[-2:])

# a non-str key (only through the dict), a str subclass name
class S(str):
    pass


q = P(1, 2)
q.__dict__[5] = 'five'
print(q.__dict__, q.x)
q2 = P(3, 4)
setattr(q2, S('sub'), 6)
print(q2.sub, vars(q2))
q3 = P(5, 6)
print(getattr(q3, 'x' + ''), getattr(q3, ''.join(['y'])), hasattr(q3, 'x' * 2))
setattr(q3, ''.join(['dy', 'n']), 7)
print(q3.dyn, vars(q3))

# __dict__ assignment and deletion
r = P(1, 2)
r.__dict__ = {'k': 1, 'x': 'X'}
print(r.k, r.x, hasattr(r, 'y'), vars(r))
r2 = P(1, 2)
del r2.__dict__
print(vars(r2), hasattr(r2, 'x'))
r2.n = 1
print(vars(r2))
try:
    r.__dict__ = [1]
except TypeError as e:
    print('TypeError', e)

# __class__ assignment keeps the attributes
class A:
    def __init__(self):
        self.a = 1
        self.b = 2
    def who(self):
        return 'A', self.a


class B:
    def __init__(self):
        self.c = 3
    def who(self):
        return 'B', self.a, self.b


x = A()
x.__class__ = B
print(x.who(), vars(x), type(x).__name__)
x.c = 4
print(vars(x))
x.__class__ = A
print(x.who(), vars(x))

# __slots__ with __dict__, and a subclass adding a __dict__ to a slots class
class SD:
    __slots__ = ('s', '__dict__')
    def __init__(self):
        self.s = 's'
        self.t = 't'
        self.u = 'u'


class Sl:
    __slots__ = ('a', 'b')


class Sub(Sl):
    def __init__(self):
        self.a = 1
        self.c = 3
        self.b = 2


sd = SD()
print(sd.s, sd.t, sd.u, vars(sd))
sd.s = 'S'
del sd.t
print(sd.s, vars(sd), hasattr(sd, 't'))
sb = Sub()
print(sb.a, sb.b, sb.c, vars(sb))

# descriptors and hooks keep their precedence over instance attributes
class Desc:
    def __get__(self, obj, cls):
        return 'data-descr'
    def __set__(self, obj, v):
        obj.__dict__['_shadow'] = v


class NonData:
    def __get__(self, obj, cls):
        return 'non-data'


class H:
    d = Desc()
    n = NonData()
    def __init__(self):
        self.n = 'instance wins'
        self.__dict__['d'] = 'ignored'
        self.d = 5


h = H()
print(h.d, h.n, vars(h))


class G:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        return 'missing:' + name


g = G()
print(g.real, g.other, vars(g))


class GA:
    def __init__(self):
        self.v = 2
    def __getattribute__(self, name):
        if name == 'v':
            return object.__getattribute__(self, name) * 10
        return object.__getattribute__(self, name)


print(GA().v)


class M:
    def __init__(self):
        self.m = 'attr'
    def m2(self):
        return 'method'


mm = M()
mm.m2 = lambda: 'shadowed'
print(mm.m2(), M().m2(), mm.m)

# copy, deepcopy, dataclasses, __reduce_ex__, weakref, __del__, dir
c = P([1], 2)
c1 = copy.copy(c)
c2 = copy.deepcopy(c)
c.x.append(3)
print(vars(c1), vars(c2), c1.x is c.x)
print(P(1, 2).__reduce_ex__(2)[2])


@dataclasses.dataclass
class DC:
    a: int
    b: str = 'b'


dc = DC(1)
print(dc, dataclasses.asdict(dc), vars(dc), dc == DC(1, 'b'))


class W:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)


w = W(7)
wr = weakref.ref(w)
print(wr() is w, wr().n)
del w
gc.collect()
print(wr())
print([n for n in dir(P(1, 2)) if not n.startswith('__')])
print(sorted(k for k in vars(P(8, 9))))

# sys.getsizeof / __sizeof__: the class's basic size, not the room kept for inline values
class Z:
    pass


class SS:
    __slots__ = ('a', 'b')


class SSD:
    __slots__ = ('a', '__dict__')


class SSW:
    __slots__ = ('a', '__weakref__')


class SubS(SS):
    pass


zz = Z()
for i in range(20):
    setattr(zz, 'a%d' % i, i)
for o in (Z(), zz, SS(), SSD(), SSW(), SubS(), object()):
    print(type(o).__name__, sys.getsizeof(o), o.__sizeof__())
