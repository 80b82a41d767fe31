# Classes that die and new classes made after them (which may get a dead class's address and
# TY_INFO id: vm/objects/type_ids.ts) must never hit a cache built for the dead one: method and
# attribute sites (LOAD_METHOD, LOAD_ATTR, STORE_ATTR), class attributes, isinstance and
# __subclasses__, while long-lived classes are called at the same sites throughout. Each round
# makes classes whose methods and attributes return that round's numbers, calls them, drops
# them and collects; the expected values are plain ints computed beside the calls.
import gc
import weakref


class Base:
    def who(self):
        return -1

    def twice(self):
        return 2 * self.who()


class Live(Base):
    def who(self):
        return 7


def site(o):
    # one set of sites for every class: method, inherited method, attributes, a store
    o.seen = o.who()
    return (o.who(), o.twice(), o.v, o.k, o.seen)


live = [Live() for _ in range(3)]
for o in live:
    o.v = 70
Live.k = 700

bad = 0
dead_refs = []
for rnd in range(40):
    made = []
    for j in range(60):
        n = rnd * 1000 + j

        def who(self, n=n):
            return n

        C = type("C%d" % j, (Base,), {"who": who, "k": -n})
        o = C()
        o.v = n + 1
        made.append((C, o, n))
    for C, o, n in made:
        if site(o) != (n, 2 * n, n + 1, -n, n):
            bad += 1
        if not isinstance(o, C) or not isinstance(o, Base) or isinstance(o, Live):
            bad += 1
        for x in live:
            if site(x) != (7, 14, 70, 700, 7) or isinstance(x, C):
                bad += 1
    dead_refs.extend(weakref.ref(C) for C, _, _ in made[::20])
    del made, C, o
    gc.collect()
    if len(Base.__subclasses__()) != 1:
        bad += 1

print("bad", bad)
print("dead", sum(1 for r in dead_refs if r() is None), "of", len(dead_refs))
print([c.__name__ for c in Base.__subclasses__()], site(live[0]))
