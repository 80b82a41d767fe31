# Classes made and dropped by 4 threads (on every worker at --workers 2/4) die at gc.collect(),
# their ids and addresses go to classes made afterwards, and the long-lived classes' method and
# attribute caches on every worker stay right (vm/objects/type_ids.ts: a collection that freed a
# class moves every worker's class epoch). Output: counts only, the same at any worker count.
import gc
import threading
import weakref


class Base:
    def val(self):
        return 0


class Live(Base):
    def val(self):
        return 5


shared = [Live() for _ in range(4)]
refs = []
refs_lock = threading.Lock()
bad = [0] * 4


def work(k):
    mine = []
    for rnd in range(6):
        made = []
        for j in range(40):
            n = k * 100000 + rnd * 1000 + j
            C = type("T%d_%d" % (k, j), (Base,), {"val": (lambda self, n=n: n), "n": n})
            made.append((C(), n))
        for o, n in made:
            if o.val() != n or o.n != n or not isinstance(o, Base) or isinstance(o, Live):
                bad[k] += 1
            for s in shared:
                if s.val() != 5 or isinstance(s, type(o)):
                    bad[k] += 1
        mine.extend(weakref.ref(type(o)) for o, _ in made[::10])
        del made
    with refs_lock:
        refs.extend(mine)


for rnd in range(3):
    ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    gc.collect()
    print("round", rnd, "bad", sum(bad), "weak refs", len(refs), "dead", sum(1 for r in refs if r() is None))
print([c.__name__ for c in Base.__subclasses__()], [s.val() for s in shared])
