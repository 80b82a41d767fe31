# Stress: classes made and dropped in 4 threads while 2 others call methods on long-lived classes
# (vm/objects/type_watch.ts, type_ids.ts). Each round the makers build classes with type() and
# class statements (methods and class attributes returning that class's number, some subclassing
# the live ones), call them at shared sites, drop them; the main thread then collects, so the
# dead classes' ids and addresses go to the next round's classes. Every call is checked: a cache
# built for a dead class and hit by a new one at its address, a torn __subclasses__ list, or a
# class freed while reachable fails the round. Makers also stop every so often to collect inside
# the round (a major collection while the callers run).
# Usage: classes_die.py [rounds=30].
import gc
import sys
import threading
import weakref

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 30


class Base:
    def num(self):
        return -1

    def twice(self):
        return 2 * self.num()


class LiveA(Base):
    def num(self):
        return 11


class LiveB(Base):
    k = 22

    def num(self):
        return self.k


def site(o):
    return (o.num(), o.twice())


live = [LiveA(), LiveB(), LiveA(), LiveB()]
want_live = [(11, 22), (22, 44), (11, 22), (22, 44)]
bad = [0]
bad_lock = threading.Lock()


def note_bad():
    with bad_lock:
        bad[0] += 1


def maker(k, r, refs):
    for j in range(50):
        n = (r * 8 + k) * 1000 + j
        if j % 2 == 0:
            C = type("M", (Base,), {"num": (lambda self, n=n: n), "k": n})
        else:
            base = LiveB if j % 4 == 1 else Base

            class C(base):
                k = n

                def num(self):
                    return self.k
        o = C()
        if site(o) != (n, 2 * n) or not isinstance(o, Base) or isinstance(o, LiveA):
            note_bad()
        for x, w in zip(live, want_live):
            if site(x) != w:
                note_bad()
        if j % 10 == 0:
            refs.append(weakref.ref(C))
        if k == 0 and j == 25:
            gc.collect()


def caller(stop):
    while not stop.is_set():
        for x, w in zip(live, want_live):
            if site(x) != w:
                note_bad()


dead_total = 0
made_total = 0
for r in range(rounds):
    refs = []
    stop = threading.Event()
    callers = [threading.Thread(target=caller, args=(stop,)) for _ in range(2)]
    makers = [threading.Thread(target=maker, args=(k, r, refs)) for k in range(4)]
    for t in callers + makers:
        t.start()
    for t in makers:
        t.join()
    stop.set()
    for t in callers:
        t.join()
    gc.collect()
    made_total += len(refs)
    dead_total += sum(1 for x in refs if x() is None)
    names = sorted(c.__name__ for c in Base.__subclasses__())
    if names != ["LiveA", "LiveB"] or LiveB.__subclasses__() != []:
        note_bad()

print("rounds", rounds, "bad", bad[0], "all dead", dead_total == made_total)
