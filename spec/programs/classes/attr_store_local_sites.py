# Attribute stores and loads whose value or other operand is a local (`o.a = v`, `v + o.a`:
# LOAD_FAST, LOAD_FAST, STORE_ATTR/LOAD_ATTR, where the object's LOAD_FAST is fused with the
# attribute instruction and hits the instance caches inline): every way such a hit must miss.


class A:
    def __init__(self):
        self.a = 1
        self.b = 2


class B:
    def __init__(self):
        self.b = 3
        self.a = 4


class S:
    __slots__ = ('a', 'b')


def store(o, v):
    o.a = v
    o.b = v
    return v + o.a + o.b


def run(objs, n):
    t = 0
    for i in range(n):
        for o in objs:
            t += store(o, i)
    return t


a, b = A(), B()
print(run([a, b], 50), a.a, a.b, b.a, b.b)
s = S()
try:
    run([s], 1)
except AttributeError as e:
    print('AttributeError', e)
s.a = 0
s.b = 0
print(run([a, b, s], 50), s.a, s.b)
del s.b
try:
    print(s.a + s.b)
except AttributeError as e:
    print('AttributeError', e)
print(run([s, a], 5), s.b)

# the class gains a property: the store must go to the setter
log = []
A.a = property(lambda self: 100, lambda self, v: log.append(v))
print(run([a], 3), log, a.__dict__)
del A.a
print(run([a], 2), a.a, a.__dict__)

# __setattr__ added later
def spy(self, k, v):
    log.append((k, v))
    object.__setattr__(self, k, v * 10)
B.__setattr__ = spy
print(run([b], 2), b.a, log[-4:])
del B.__setattr__
print(run([b], 2), b.a)

# the instance's class changes
class A2(A):
    __slots__ = ()
a.__class__ = A2
print(run([a], 3), type(a).__name__, a.a)
# the instance's dict is materialized, replaced, emptied
d = a.__dict__
d['c'] = 5
print(run([a], 3), a.c, sorted(d))
a.__dict__ = {'q': 1}
print(run([a], 2), sorted(a.__dict__))
a.__dict__.clear()
print(run([a], 2), sorted(a.__dict__))
del a.a
try:
    print(a.a)
except AttributeError as e:
    print('AttributeError', e)
print(run([a], 1))

# many classes at one site, many attributes added at one site
class C:
    pass
objs = []
for k in range(6):
    cls = type('K%d' % k, (C,), {})
    o = cls()
    for j in range(k):
        setattr(o, 'x%d' % j, j)
    objs.append(o)
print(run(objs, 4), [sorted(vars(o)) for o in objs][-1])


def grow(o, v):
    o.a = v
    o.x = v
    o.y = v
    o.z = v
    return v + o.z


print([grow(C(), i) for i in range(5)])
