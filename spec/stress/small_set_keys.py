# Stress: one shared SMALL set (a table below 8192 slots: one header guards it, vm/objects/
# set_fast.ts's int and str paths) used by several threads without a lock: each thread adds its
# own int and str keys with the `if k not in s: s.add(k)` pattern (go's), discards and re-adds
# some of them (dummies reused), grows the set through its resizes, and checks at every step
# that the keys present from the start (never removed) are found. After each round the set must
# hold exactly the expected keys. Usage: small_set_keys.py [rounds=60] [threads=4] [per=60].
import sys
import threading

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 60
nthreads = int(sys.argv[2]) if len(sys.argv) > 2 else 4
per = int(sys.argv[3]) if len(sys.argv) > 3 else 60
FIXED = [-2, -1, 7, "fixed", "x"]  # present from the start, never removed

bad = 0
for r in range(rounds):
    s = set(FIXED)
    missed = []

    def work(k):
        base = 1000 * (k + 1) + r
        for i in range(per):
            key = base + i
            if key not in s:
                s.add(key)
            name = "t%d_%d" % (k, i)
            if name not in s:
                s.add(name)
            if i % 3 == 0:
                s.discard(key)
                s.add(key)
            if i % 4 == 1:
                s.discard(name)
            for f in FIXED:
                if f not in s:
                    missed.append((k, i, f))
            local = {key + j for j in range(3)}  # a private comprehension beside the shared set
            if len(local) != 3:
                missed.append((k, i, "local"))

    ts = [threading.Thread(target=work, args=(k,)) for k in range(nthreads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    want = set(FIXED)
    for k in range(nthreads):
        base = 1000 * (k + 1) + r
        for i in range(per):
            want.add(base + i)
            if i % 4 != 1:
                want.add("t%d_%d" % (k, i))
    ok = s == want and len(s) == len(want) and not missed
    ok = ok and all(x in s for x in want) and sum(1 for _ in s) == len(want)
    if not ok:
        bad += 1
        print("round", r, "inconsistent: len", len(s), "want", len(want), "missed", missed[:3])
print("small_set_keys rounds", rounds, "bad", bad)
