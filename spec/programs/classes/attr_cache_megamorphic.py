# Attribute and method sites that see more classes than their two cache entries
# (vm/interp/attr_cache.ts: the overflow entries, a class promoted into the second entry every few
# overflow hits, the second entry moved out when a new class comes). Each warm loop runs a site
# over 3 to 8 classes (round robin and in phases), then changes what the caches remembered: an
# instance attribute shadowing a class attribute or a method, a method replaced on the class or on
# a base class, instance attributes deleted, __getattr__/__getattribute__ added, data and
# non-data descriptors, __slots__, class attributes mutated, __class__ assigned.


class Base:
    kind = "base"

    def __init__(self, v):
        self.v = v
        self.state = 0

    def get(self):
        return ("Base.get", type(self).__name__, self.v)

    def tag(self):
        return self.kind


def make_classes(n):
    out = []
    for i in range(n):
        out.append(type("K%d" % i, (Base,), {"kind": "k%d" % i}))
    return out


def run_loads(objs, rounds):
    # fused LOAD_FAST + LOAD_ATTR / LOAD_METHOD sites and plain ones (`o.state += 1`)
    total = 0
    seen = []
    for r in range(rounds):
        for o in objs:
            total += o.v
            o.state += 1
            seen.append(o.get()[1])
            seen.append(o.tag())
    return total, seen[-len(objs) * 2:], [o.state for o in objs]


def phases(classes, rounds):
    # first phase: classes 0..2 at the sites; then only classes 3..5; then all of them
    objs = [c(i) for i, c in enumerate(classes)]
    out = []
    out.append(run_loads(objs[:3], rounds))
    out.append(run_loads(objs[3:6], rounds))
    out.append(run_loads(objs, rounds))
    return out


print("== round robin, 3..8 classes")
for n in (3, 4, 5, 6, 7, 8):
    classes = make_classes(n)
    objs = [c(i * 10) for i, c in enumerate(classes)]
    print(n, run_loads(objs, 50))

print("== phases")
for p in phases(make_classes(8), 40):
    print(p)

print("== instance attribute shadows a class attribute and a method after warm-up")
classes = make_classes(5)
objs = [c(i) for i, c in enumerate(classes)]
for r in range(30):
    run_loads(objs, 1)
objs[3].kind = "shadowed-kind"
objs[4].get = lambda: ("instance get", None, -1)
print(run_loads(objs, 3)[1])
del objs[3].kind
del objs[4].get
print(run_loads(objs, 3)[1])

print("== method replaced on the class mid-loop, and on the base class")
classes = make_classes(6)
objs = [c(i) for i, c in enumerate(classes)]
res = []
for r in range(60):
    if r == 20:
        classes[4].get = lambda self: ("K4.get replaced", self.v)
    if r == 40:
        Base.get = lambda self: ("Base.get replaced", self.v)
    res.append(tuple(o.get() for o in objs))
print(res[19])
print(res[20])
print(res[39])
print(res[40])
print(res[59])

print("== base class method changed after subclasses cached it")


class Shape:
    def area(self):
        return 0

    def name(self):
        return "shape"


class Sq(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Circle(Shape):
    def __init__(self, r):
        self.r = r


class Tri(Shape):
    def __init__(self, b, h):
        self.b, self.h = b, h


shapes = [Sq(2), Rect(2, 3), Circle(1), Tri(4, 5), Sq(3)]
for r in range(40):
    names = [s.name() for s in shapes]
    areas = [s.area() for s in shapes]
print(names, areas)
Shape.name = lambda self: "new-" + type(self).__name__
Shape.area = lambda self: -1
print([s.name() for s in shapes], [s.area() for s in shapes])
del Shape.area
try:
    print([s.area() for s in shapes])
except AttributeError as e:
    print("AttributeError:", e)

print("== instance attribute deleted at a warm megamorphic site")
classes = make_classes(5)
objs = [c(i) for i, c in enumerate(classes)]
for r in range(30):
    run_loads(objs, 1)
del objs[2].v
try:
    run_loads(objs, 1)
except AttributeError as e:
    print("AttributeError:", e)
objs[2].v = 100
print(run_loads(objs, 2)[0])

print("== __getattr__ and __getattribute__ added to one of many classes")
classes = make_classes(6)
objs = [c(i) for i, c in enumerate(classes)]
for r in range(30):
    run_loads(objs, 1)
classes[3].__getattr__ = lambda self, name: "fallback-" + name
classes[5].__getattribute__ = lambda self, name: 7 if name == "v" else object.__getattribute__(self, name)
print(run_loads(objs, 2)[0])
print([getattr(o, "missing", None) for o in objs])
del classes[5].__getattribute__
print(run_loads(objs, 2)[0])

print("== data and non-data descriptors on the class after warm-up")


class NonData:
    def __get__(self, obj, typ=None):
        return "nondata"


class Data:
    def __get__(self, obj, typ=None):
        return "data"

    def __set__(self, obj, value):
        obj.__dict__["_stored"] = value


classes = make_classes(5)
objs = [c(i) for i, c in enumerate(classes)]
for r in range(30):
    run_loads(objs, 1)
classes[1].v = NonData()  # the instance dict wins over a non-data descriptor
classes[2].v = Data()  # a data descriptor wins over the instance dict
print([o.v for o in objs])
for o in objs:
    o.v = 5
print([o.v for o in objs], objs[2].__dict__.get("_stored"))
classes[3].v = property(lambda self: "prop")
print([o.v for o in objs])
try:
    for o in objs:
        o.v = 6
except AttributeError as e:
    print("AttributeError (no setter)", [getattr(o, "v") for o in objs])

print("== __slots__ classes at a megamorphic site")


class S0:
    __slots__ = ("v", "state")

    def __init__(self, v):
        self.v = v
        self.state = 0

    def get(self):
        return ("S0.get", "S0", self.v)

    def tag(self):
        return "s0"


class S1(S0):
    __slots__ = ("extra",)

    def get(self):
        return ("S1.get", "S1", self.v)


class S2(S0):
    __slots__ = ()


mixed = [S0(1), Base(2), S1(3), make_classes(1)[0](4), S2(5), S0(6)]
print(run_loads(mixed, 40))
del mixed[2].v
try:
    run_loads(mixed, 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    mixed[0].nope = 1
except AttributeError as e:
    print("AttributeError:", e)

print("== class attribute mutation (epoch)")


class Counter:
    step = 1

    def bump(self):
        self.n = getattr(self, "n", 0) + self.step
        return self.n


cs = [type("C%d" % i, (Counter,), {}) for i in range(5)]
objs = [c() for c in cs]
for r in range(20):
    vals = [o.bump() for o in objs]
print(vals)
Counter.step = 10
cs[2].step = 100
for r in range(3):
    vals = [o.bump() for o in objs]
print(vals)
objs[4].step = 1000  # an instance attribute now shadows the class attribute
vals = [o.bump() for o in objs]
print(vals)

print("== __class__ assigned at a warm site")
classes = make_classes(5)
objs = [c(i) for i, c in enumerate(classes)]
for r in range(30):
    run_loads(objs, 1)
objs[0].__class__ = classes[4]
objs[4].__class__ = Base
print(run_loads(objs, 1)[1])

print("== stores at megamorphic sites: existing and new attributes")


def fill(objs, rounds):
    for r in range(rounds):
        for i, o in enumerate(objs):
            o.a = r
            o.b = i
            o.a += o.b
    return [(o.a, o.b) for o in objs]


classes = make_classes(7)
objs = [c(i) for i, c in enumerate(classes)]
print(fill(objs, 30))
classes[5].b = property(lambda self: "ro")
try:
    fill(objs, 1)
except AttributeError as e:
    print("AttributeError (no setter)", [o.b for o in objs])
print([vars(o) for o in objs[:3]])
