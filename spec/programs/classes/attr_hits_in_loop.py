# `self.x` and `self.m()` in a loop: the interpreter checks the first cache entry's hit inline
# (interp/loop.ts Q_LOAD_FAST_LOAD_ATTR / Q_LOAD_FAST_LOAD_METHOD) and leaves everything else to
# attr_cache.ts. Each case changes what a hit must not survive: another attribute order (another
# map), an instance that got a real __dict__, __slots__, a class attribute or property added
# after the site was cached, a method shadowed by an instance attribute, a method replaced on
# the class, a deleted attribute, a collection between two calls.
import gc


class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def get(self):
        return self.a

    def both(self):
        return self.a + self.b


class S:
    __slots__ = ('a', 'b')

    def __init__(self, a, b):
        self.a = a
        self.b = b

    def get(self):
        return self.a


def read_a(o):
    return o.a


def call_get(o):
    return o.get()


out = []
objs = [P(i, 2 * i) for i in range(50)]
s = 0
for o in objs:
    s += read_a(o) + call_get(o) + o.both()
out.append(s)

# another attribute order: another map for the same class
q = P.__new__(P)
q.b = 7
q.a = 8
out.append((read_a(q), call_get(q), q.both()))

# many attributes: the instance's values move to a real dict
r = P(1, 2)
for i in range(40):
    setattr(r, 'x%d' % i, i)
out.append((read_a(r), call_get(r)))

# __slots__ instances at the same sites
out.append((read_a(S(3, 4)), call_get(S(5, 6))))

# a data descriptor added to the class after the sites were cached
for o in objs[:3]:
    read_a(o)
P.a = property(lambda self: 'prop')
out.append((read_a(objs[0]), call_get(objs[1])))
del P.a
out.append((read_a(objs[0]), call_get(objs[1])))

# a method shadowed by an instance attribute, then un-shadowed
t = P(10, 20)
for _ in range(5):
    call_get(t)
t.get = lambda: 'instance attr'
out.append(call_get(t))
del t.get
out.append(call_get(t))

# the method replaced on the class
for _ in range(5):
    call_get(t)
P.get = lambda self: 'replaced'
out.append(call_get(t))

# a deleted attribute, then an AttributeError
u = P(1, 2)
for _ in range(5):
    read_a(u)
del u.a
try:
    read_a(u)
except AttributeError as e:
    out.append(str(e))
u.a = 'back'
out.append(read_a(u))

# collections between calls (a method entry remembers the collection count)
v = P(3, 4)
acc = []
for i in range(30):
    acc.append(call_get(v))
    if i % 7 == 0:
        gc.collect()
        junk = [[j] for j in range(2000)]
out.append(acc[-1])
print(out)
