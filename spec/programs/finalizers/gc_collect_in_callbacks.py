# gc.collect() inside code a builtin calls back into (a nested run loop: vm/interp/nested_gc.ts):
# objects made and dropped inside the callback are collected at once, their weak callbacks and
# __del__ run before gc.collect() returns, as in CPython; what the builtin holds survives.
import copy
import gc
import threading
import weakref


class Cyc:
    def __init__(self, tag, log):
        self.tag = tag
        self.log = log
        self.me = self  # a cycle: only the collector frees it

    def __del__(self):
        self.log.append("del " + self.tag)


def garbage(tag, log):
    """Makes a cycle with a weak callback and __del__, drops it, collects: what ran."""
    c = Cyc(tag, log)
    r = weakref.ref(c, lambda r: log.append("cb " + tag))
    del c
    gc.collect()
    return r() is None


def scenario(name, out):
    log = []
    # a sort key function
    def key(x):
        dead = garbage("key%d" % x, log)
        log.append("key %d dead %s" % (x, dead))
        return (-x, "k" * x)  # new objects the sort holds while later keys collect
    res = sorted([3, 1, 2, 5, 4], key=key)
    out.append((name, "sorted", res, sorted(log)))

    # __hash__ called by dict insertion
    log = []
    class H:
        def __init__(self, v):
            self.v = v
        def __hash__(self):
            dead = garbage("hash%d" % self.v, log)
            log.append("hash %d dead %s" % (self.v, dead))
            return hash(self.v)
        def __eq__(self, other):
            return isinstance(other, H) and other.v == self.v
    d = {}
    for i in range(3):
        d[H(i)] = [i] * 3
    out.append((name, "dict", sorted(k.v for k in d), sorted(d.values()), sorted(log)))

    # map()'s function, consumed by list()
    log = []
    def f(x):
        dead = garbage("map%d" % x, log)
        log.append("map %d dead %s" % (x, dead))
        return [x, str(x) * 2]
    out.append((name, "map", list(map(f, range(4))), sorted(log)))

    # __init__ called through copy.deepcopy (__reduce__ gives the class and its arguments)
    log = []
    class R:
        def __init__(self, v):
            dead = garbage("init%d" % v, log)
            log.append("init %d dead %s" % (v, dead))
            self.v = v
        def __reduce__(self):
            return (R, (self.v + 10,))
    objs = copy.deepcopy([R(1), R(2)])
    out.append((name, "deepcopy", [o.v for o in objs], sorted(log)))

    # nested twice: a sort key whose map() function collects
    log = []
    def key2(x):
        got = list(map(lambda y: (garbage("inner%d_%d" % (x, y), log), y * x)[1], range(2)))
        return sum(got)
    out.append((name, "nested", sorted([2, 1], key=key2), sorted(log)))

    # a generator resumed by next() (a builtin)
    log = []
    def gen():
        for i in range(2):
            yield garbage("gen%d" % i, log)
    out.append((name, "next", [next(g) for g in [gen()] for _ in range(2)], sorted(log)))


out = []
scenario("main", out)
for line in out:
    print(*line)

# the same in a thread (transactions once a thread started; one at a time: CPython's gc.collect()
# does nothing while another thread's collection runs)
for i in range(2):
    o = []
    t = threading.Thread(target=scenario, args=("t%d" % i, o))
    t.start()
    t.join()
    for line in o:
        print(*line)
