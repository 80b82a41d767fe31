# Stress: class attributes stored while other threads use the class (vm/objects/type.ts
# setTypeDictEntry pads a class dict stored into inside a transaction, so a store conflicts only
# with readers of that attribute). Each thread calls methods of Shared and of its own instances
# without a lock, increments its own class attribute Shared.own<i> without a lock, and under one
# Lock adds to Shared.total and moves Shared.pa/Shared.pb (pa + pb == 0, read back there), and
# now and then adds and deletes a class attribute of its own (resizing the dict). Checked every
# round. Usage: class_attr_cards.py [rounds=20] [threads=4] [iters=2000]. Prints one summary line.
import sys
import threading

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 20
nthreads = int(sys.argv[2]) if len(sys.argv) > 2 else 4
iters = int(sys.argv[3]) if len(sys.argv) > 3 else 2000


class Shared:
    total = 0
    pa = 0
    pb = 0
    step = 3

    def __init__(self, v):
        self.v = v

    def bump(self, k):
        self.v += k % self.step
        return self.v


lock = threading.Lock()


def work(i, bad_reads, results):
    own = "own%d" % i
    obj = Shared(i)
    expect = i
    for k in range(iters):
        obj.bump(k)
        expect += k % 3
        setattr(Shared, own, getattr(Shared, own) + 1)
        if k % 3 == 0:
            with lock:
                Shared.total += 1
                Shared.pa += 1
                Shared.pb -= 1
                if Shared.pa + Shared.pb != 0:
                    bad_reads.append((Shared.pa, Shared.pb))
        if k % 50 == 7:
            name = "tmp%d_%d" % (i, k)
            setattr(Shared, name, k)
            if getattr(Shared, name) != k:
                bad_reads.append(name)
            delattr(Shared, name)
    results[i] = (obj.v, expect)


bad = 0
for r in range(rounds):
    Shared.total = Shared.pa = Shared.pb = 0
    for i in range(nthreads):
        setattr(Shared, "own%d" % i, 0)
    bad_reads = []
    results = [None] * nthreads
    ts = [threading.Thread(target=work, args=(i, bad_reads, results)) for i in range(nthreads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    sections = nthreads * ((iters + 2) // 3)
    ok = (all(getattr(Shared, "own%d" % i) == iters for i in range(nthreads))
          and all(v == e for v, e in results)
          and Shared.total == sections and Shared.pa == sections and Shared.pb == -sections
          and not bad_reads
          and not [k for k in vars(Shared) if k.startswith("tmp")])
    if not ok:
        bad += 1
        print("round", r, "bad:", [getattr(Shared, "own%d" % i) for i in range(nthreads)], Shared.total, Shared.pa, Shared.pb, results, bad_reads[:3])
print("class_attr_cards rounds", rounds, "bad", bad)
