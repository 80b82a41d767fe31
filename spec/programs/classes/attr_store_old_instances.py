# Attribute stores into instances that a collection has promoted, through hot fused sites
# (`o.x = v` of a local: LOAD_FAST + STORE_ATTR): __slots__ members and attributes kept inline,
# stores right after gc.collect() and between many allocations, two classes at one site, a
# normalize-style rewrite of every field, values read back, a store that misses (new attribute,
# a property, a class attribute shadowed) on old instances. Checks each value written lands.
import gc


class P:
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        self.x = float(i)
        self.y = i * 2.0
        self.z = -i / 3.0

    def scale(self, k):
        x = self.x
        y = self.y
        z = self.z
        self.x = x * k
        self.y = y * k
        self.z = z * k


class D:
    def __init__(self, i):
        self.a = i
        self.b = str(i)

    def bump(self):
        self.a = self.a + 1
        self.b = self.b + "!"


class Q:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, val):
        self._v = val * 10


def setx(o, v):
    o.x = v


def main():
    ps = [P(i) for i in range(3000)]
    ds = [D(i) for i in range(3000)]
    gc.collect()  # every instance is old now
    for p in ps:
        p.scale(0.5)
    for d in ds:
        d.bump()
    print(ps[0].x, ps[1].y, ps[2999].z, ps[1234].x)
    print(ds[0].a, ds[0].b, ds[2999].a, ds[2999].b)
    # stores with collections in between: garbage between each round
    total = 0.0
    for r in range(5):
        junk = [[j] * 3 for j in range(2000)]
        gc.collect()
        for p in ps[::97]:
            p.scale(2.0)
            total += p.x + p.y + p.z
        del junk
    print(round(total, 6))
    # one site, two classes (slot member and inline attribute), old and young objects
    class S:
        __slots__ = ("x",)

    class T:
        pass

    objs = [S(), T(), S(), T()]
    gc.collect()
    objs += [S(), T()]
    for i, o in enumerate(objs):
        setx(o, i)
    print([o.x for o in objs])
    # misses on old instances: a new attribute, a property, a class attribute shadowed
    q = Q()
    t = T()
    gc.collect()
    for i in range(3):
        q.v = i
        t.fresh = i
    T.shadow = "class"
    t.shadow = "instance"
    print(q.v, q._v, t.fresh, t.shadow, T.shadow)
    try:
        ps[0].w = 1
    except AttributeError as e:
        print("AttributeError:", e)


main()
