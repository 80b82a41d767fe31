# gc.collect() inside callbacks of builtins (a nested run loop collects the nursery made since the
# callback began: vm/interp/nested_gc.ts): what the callbacks make and leave in objects made
# before them (a list appended to, the sort's keys, map()'s results, dict entries, reduce's
# accumulator) survives the collections intact, on the main thread and in two threads.
import gc
import threading
import functools
import weakref

class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.nxt = nxt
        self.me = self

def work(seed, out):
    deaths = []
    cnt = [0]
    held = []
    def key(x):
        cnt[0] += 1
        junk = [Node(i) for i in range(20)]
        w = weakref.ref(junk[3], lambda r: deaths.append(1))
        held.append(Node(x))  # survives: held by a list made before the sort
        del junk
        if cnt[0] % 50 == 0:
            gc.collect()
        return ((x * 7919 + seed) % 1000, str(x), (x, [x]))
    data = list(range(2000))
    res = sorted(data, key=key)
    ok1 = [key2 for key2 in res] == sorted(data, key=lambda x: ((x * 7919 + seed) % 1000, str(x)))
    m = list(map(lambda x: (gc.collect() if x % 97 == 0 else None, [x] * 3, {x: str(x)})[1:], range(500)))
    ok2 = all(a == [i] * 3 and b == {i: str(i)} for i, (a, b) in enumerate(m))
    d = {}
    class K:
        def __init__(self, v): self.v = v
        def __hash__(self):
            if self.v % 31 == 0:
                gc.collect()
            return hash((self.v, "k"))
        def __eq__(self, o): return self.v == o.v
    for i in range(300):
        d[K(i)] = [i, str(i)]
    ok3 = all(d[K(i)] == [i, str(i)] for i in range(300))
    r = functools.reduce(lambda acc, x: (gc.collect() if x % 50 == 0 else None, acc + [x])[1], range(200), [])
    ok4 = r == list(range(200))
    ok5 = [n.v for n in held] == list(range(2000))
    out.append((ok1, ok2, ok3, ok4, ok5))

out = []
work(1, out)
ts = [threading.Thread(target=work, args=(s, out)) for s in (2, 3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(out)
