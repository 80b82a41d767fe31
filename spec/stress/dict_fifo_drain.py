# Stress: threads drain one shared dict from the front (next(iter(d)) then d.pop(k, None), the
# pattern whose holes dict_core.ts skips with pointers kept in deleted entries) while others
# append; popitem() from the back and an OrderedDict's popitem(last=False) join in. Checked after
# every round: every key taken exactly once, none lost, the dict empty.
# Usage: dict_fifo_drain.py [rounds=60] [threads=4] [items=400].
import sys
import threading
from collections import OrderedDict

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 60
nthreads = int(sys.argv[2]) if len(sys.argv) > 2 else 4
items = int(sys.argv[3]) if len(sys.argv) > 3 else 400

MISSING = object()
bad = 0
for r in range(rounds):
    d = dict.fromkeys(range(items), 0)
    od = OrderedDict.fromkeys(range(items))
    taken = [[] for _ in range(nthreads)]
    otaken = [[] for _ in range(nthreads)]
    added = [items + k * items for k in range(nthreads)]

    def work(k):
        mine = taken[k]
        for i in range(items):
            if k % 2 == 0:
                d[added[k] + i] = k  # producers append at the back
            for _ in range(2):
                try:
                    key = next(iter(d)) if (i + k) % 5 else d.popitem()[0]
                except (StopIteration, KeyError, RuntimeError):
                    break
                if (i + k) % 5 == 0:
                    mine.append(key)
                elif d.pop(key, MISSING) is not MISSING:
                    mine.append(key)
            try:
                otaken[k].append(od.popitem(last=False)[0])
            except KeyError:
                pass

    ts = [threading.Thread(target=work, args=(k,)) for k in range(nthreads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    rest = list(d)
    got = sorted([x for m in taken for x in m] + rest)
    want = sorted(list(range(items)) + [added[k] + i for k in range(0, nthreads, 2) for i in range(items)])
    ogot = sorted([x for m in otaken for x in m] + list(od))
    if got != want or ogot != list(range(items)):
        bad += 1
        print("round", r, "lost or duplicate:", len(got), len(want), len(ogot))
print("bad", bad)
