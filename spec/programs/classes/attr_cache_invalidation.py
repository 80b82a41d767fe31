# Attribute and method caches (vm/interp/attr_cache.ts: two entries per instruction) stay
# correct when what they remembered changes after the site was warmed up: methods assigned on
# the class or on an instance, __class__ changed, __getattr__/__getattribute__/__setattr__ or a
# property added later, sites that see one, two, three or four classes, __slots__ members,
# attributes deleted, instance dicts built in another order, and a class mutated by another
# thread between two warm loops (the main thread's caches must see it).
import threading


class A:
    def __init__(self, v):
        self.x = v
        self.y = v * 2

    def m(self):
        return ("A.m", self.x)


class B:
    def __init__(self, v):
        self.y = v * 3  # another dict order than A
        self.x = v

    def m(self):
        return ("B.m", self.x)


class C(A):
    def m(self):
        return ("C.m", self.x, self.y)


class D:
    __slots__ = ("x", "y")

    def __init__(self, v):
        self.x = v
        self.y = -v

    def m(self):
        return ("D.m", self.x)


def read_x(o):
    return o.x


def read_y(o):
    return o.y


def call_m(o):
    return o.m()


def store_x(o, v):
    o.x = v


def warm(objs, rounds=60):
    out = []
    for _ in range(rounds):
        for o in objs:
            out.append((read_x(o), read_y(o), call_m(o)))
    return out[-len(objs):]


print("-- one, two, three, four classes at one site")
a, b, c, d = A(1), B(2), C(3), D(4)
print(warm([a]))
print(warm([a, b]))
print(warm([a, b, c]))
print(warm([a, b, c, d]))
print(warm([d, c, b, a]))
for o in (a, b, c, d):
    for i in range(40):
        store_x(o, i)
print([o.x for o in (a, b, c, d)], [o.y for o in (a, b, c, d)])

print("-- a method assigned on the class after caching")
print(warm([a, b]))
A.m = lambda self: ("A.m2", self.x)
print(warm([a, b]))
print(call_m(c))  # C overrides m: unchanged
del C.m
print(call_m(c))  # now A.m2 through the MRO
B.m = A.m
print(warm([a, b]))

print("-- a method assigned on an instance (shadows the class's)")
a2 = A(7)
print(warm([a2, b]))
a2.m = lambda: "instance m"
print(warm([a2, b]))
del a2.m
print(warm([a2, b]))
a2.__dict__["m"] = lambda: "via __dict__"
print(call_m(a2), call_m(A(8)))

print("-- __class__ changed")
e = A(5)
print(warm([e]))
e.__class__ = B
print(warm([e]))
e.__class__ = C
print(warm([e, a]))

print("-- __getattr__ added later (only for missing attributes)")
class G:
    def __init__(self):
        self.x = 1
        self.y = 2

    def m(self):
        return "G.m"

g = G()
print(warm([g, a]))
def missing(o):
    try:
        return o.z
    except AttributeError as exc:
        return "AttributeError: " + str(exc)
print([missing(g) for _ in range(30)][-1])
G.__getattr__ = lambda self, name: "getattr " + name
print([missing(g) for _ in range(30)][-1], warm([g]))

print("-- __getattribute__ added later (every attribute)")
G.__getattribute__ = lambda self, name: (lambda: "getattribute m") if name == "m" else "getattribute " + name
print(warm([g, a]))
del G.__getattribute__
print(warm([g, a]))

print("-- a property added later over an instance attribute")
class P:
    def __init__(self):
        self.x = 10
        self.y = 20

    def m(self):
        return "P.m"

p = P()
print(warm([p, b]))
P.x = property(lambda self: "prop x", lambda self, v: None)
print(warm([p, b]))
for i in range(40):
    store_x(p, i)  # the setter swallows it
print(p.__dict__["x"], p.x)
del P.x
print(warm([p]))
P.y = 99  # a plain class attribute is shadowed by the instance's
print(warm([p]))

print("-- __setattr__ added later")
class S:
    def __init__(self):
        self.x = 0
        self.y = 0

    def m(self):
        return "S.m"

s = S()
for i in range(40):
    store_x(s, i)
print(s.x)
log = []
def setattr_hook(self, name, value):
    log.append((name, value))
    object.__setattr__(self, name, value * 100)
S.__setattr__ = setattr_hook
for i in range(3):
    store_x(s, i)
print(s.x, log)
del S.__setattr__
store_x(s, 5)
print(s.x, len(log))

print("-- attributes deleted and re-added (another entry number)")
h = A(1)
print(warm([h]))
del h.x
try:
    read_x(h)
except AttributeError as exc:
    print("AttributeError:", exc)
h.z = 3
h.x = 4
print(warm([h]))
del h.y
h.y = "y again"
print(warm([h, A(2)]))

print("-- a __slots__ member unset")
dd = D(1)
print(warm([dd]))
del dd.x
try:
    read_x(dd)
except AttributeError as exc:
    print("AttributeError:", exc)
store_x(dd, 9)
print(warm([dd]))

print("-- a class mutated by another thread between warm loops")
class T:
    def __init__(self):
        self.x = 1
        self.y = 2

    def m(self):
        return "T.m"

t = T()
print(warm([t, a]))
def mutate():
    T.m = lambda self: "T.m from thread"
    T.x = property(lambda self: "T.x from thread")
th = threading.Thread(target=mutate)
th.start()
th.join()
print(warm([t, a]))
results = []
def reader():
    results.append(warm([t, b], 30))
ths = [threading.Thread(target=reader) for _ in range(3)]
for th in ths:
    th.start()
for th in ths:
    th.join()
print(results)
def unmutate():
    del T.m
    del T.x
th = threading.Thread(target=unmutate)
th.start()
th.join()
try:
    print(warm([t]))
except AttributeError as exc:
    print("AttributeError:", exc)
