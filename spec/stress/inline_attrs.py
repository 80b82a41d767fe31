# Stress: threads store and read attributes of shared instances whose attributes live inline
# (vm/objects/inline_values.ts). Under a Lock, writers keep o.a + o.b == o.total and
# o.pair == (o.a, o.a); they also add new attributes (new maps from several workers) and, on
# some objects, delete and re-add one (the switch to a real dict in the middle of the round).
# Readers check the relation under the Lock, and without it that o.version never goes down and
# o.pair is never torn. Checked after every round: every attribute accounted for.
# Usage: inline_attrs.py [rounds=120] [threads=4] [steps=40].
import sys
import threading

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 120
nthreads = int(sys.argv[2]) if len(sys.argv) > 2 else 4
steps = int(sys.argv[3]) if len(sys.argv) > 3 else 40


class Cell:
    def __init__(self, i):
        self.i = i
        self.a = 0
        self.b = 0
        self.total = 0
        self.pair = (0, 0)
        self.version = 0


bad = 0
for r in range(rounds):
    objs = [Cell(i) for i in range(8)]
    lock = threading.Lock()
    errors = []

    def work(k):
        last = [0] * len(objs)
        for s in range(steps):
            o = objs[(k + s) % len(objs)]
            with lock:
                if o.a + o.b != o.total or o.pair != (o.a, o.a):
                    errors.append(('relation', k, s))
                o.a += 1
                o.b += k
                o.total = o.a + o.b
                o.pair = (o.a, o.a)
                o.version += 1
                if s % 7 == 3 and o.i % 3 == 0:
                    v = o.version
                    del o.version
                    o.version = v
            setattr(o, 'seen_%d' % k, s)
            p = objs[(k * 3 + s) % len(objs)]
            v = p.version
            j = p.i
            if v < last[j]:
                errors.append(('version went down', k, s))
            last[j] = v
            pr = p.pair
            if pr[0] != pr[1]:
                errors.append(('torn pair', k, s))

    ts = [threading.Thread(target=work, args=(k,)) for k in range(nthreads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    ok = not errors
    ok = ok and sum(o.a for o in objs) == nthreads * steps
    ok = ok and sum(o.version for o in objs) == nthreads * steps
    ok = ok and all(o.a + o.b == o.total and o.pair == (o.a, o.a) for o in objs)
    ok = ok and sum(o.b for o in objs) == steps * sum(range(nthreads))
    seen = sum(1 for o in objs for k in range(nthreads) if hasattr(o, 'seen_%d' % k))
    ok = ok and seen == min(steps, len(objs)) * nthreads
    if not ok:
        bad += 1
        print('round', r, 'inconsistent', errors[:3], seen)
print('inline_attrs rounds', rounds, 'bad', bad)
