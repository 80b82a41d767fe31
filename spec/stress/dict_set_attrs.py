# Stress: threads update one shared dict (own keys, setdefault on common keys, a counter under a
# lock), one shared set, and attributes of one shared instance. Checked after every round.
# Usage: dict_set_attrs.py [rounds=200] [threads=4] [items=30].
import sys
import threading

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 200
nthreads = int(sys.argv[2]) if len(sys.argv) > 2 else 4
per = int(sys.argv[3]) if len(sys.argv) > 3 else 30

class Box:
    pass

bad = 0
for r in range(rounds):
    d = {"total": 0}
    s = set()
    box = Box()
    lock = threading.Lock()

    def work(k):
        for i in range(per):
            d[(k, i)] = k * 1000 + i
            d.setdefault(i, []).append(k)
            s.add(k * per + i)
            setattr(box, "t%d_%d" % (k, i % 5), i)
            with lock:
                d["total"] += 1

    ts = [threading.Thread(target=work, args=(k,)) for k in range(nthreads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    ok = d["total"] == nthreads * per
    ok = ok and all(d[(k, i)] == k * 1000 + i for k in range(nthreads) for i in range(per))
    ok = ok and all(sorted(d[i]) == list(range(nthreads)) for i in range(per))
    ok = ok and len(d) == 1 + nthreads * per + per
    ok = ok and s == set(range(nthreads * per))
    ok = ok and all(getattr(box, "t%d_%d" % (k, j)) == per - 5 + j for k in range(nthreads) for j in range(5))
    if not ok:
        bad += 1
        print("round", r, "inconsistent: total", d["total"], "len", len(d), "set", len(s))
print("dict_set_attrs rounds", rounds, "bad", bad)
