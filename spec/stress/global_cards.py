# Stress: threads updating module globals (vm/objects/dict_padded.ts: a globals dict stored into
# inside a transaction conflicts per global). Each thread increments its own global C<i> with
# STORE_GLOBAL and its own attribute of this module (a module's setattr) without a lock, adds to
# the shared TOTAL and moves PA/PB (PA + PB == 0) under one Lock, reads the shared globals there,
# and inserts and deletes globals of its own (insertions resize the dict while the others
# overwrite theirs: an overwrite must not be lost in the copy). Checked every round.
# Usage: global_cards.py [rounds=20] [threads=4] [iters=2000]. Prints one summary line.
import sys
import threading

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 20
nthreads = int(sys.argv[2]) if len(sys.argv) > 2 else 4
iters = int(sys.argv[3]) if len(sys.argv) > 3 else 2000

me = sys.modules[__name__]
TOTAL = 0
PA = 0
PB = 0
lock = threading.Lock()
for _i in range(nthreads):
    exec(f"C{_i} = 0\ndef inc{_i}():\n    global C{_i}\n    C{_i} += 1\n")
    setattr(me, f"M{_i}", 0)
incs = [globals()[f"inc{i}"] for i in range(nthreads)]


def work(i, bad_reads):
    global TOTAL, PA, PB
    inc = incs[i]
    attr = f"M{i}"
    for k in range(iters):
        inc()
        setattr(me, attr, getattr(me, attr) + 1)
        if k % 3 == 0:
            with lock:
                TOTAL += 1
                PA += 1
                PB -= 1
                if PA + PB != 0:
                    bad_reads.append((PA, PB))
        if k % 50 == 7:
            name = f"T{i}_{k}"
            globals()[name] = k
            if globals()[name] != k:
                bad_reads.append(name)
            del globals()[name]
    return 0


bad = 0
for r in range(rounds):
    TOTAL = PA = PB = 0
    for i in range(nthreads):
        globals()[f"C{i}"] = 0
        setattr(me, f"M{i}", 0)
    bad_reads = []
    ts = [threading.Thread(target=work, args=(i, bad_reads)) for i in range(nthreads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    sections = nthreads * ((iters + 2) // 3)
    ok = (all(globals()[f"C{i}"] == iters for i in range(nthreads))
          and all(getattr(me, f"M{i}") == iters for i in range(nthreads))
          and TOTAL == sections and PA == sections and PB == -sections
          and not bad_reads
          and not [k for k in globals() if k.startswith("T") and "_" in k])
    if not ok:
        bad += 1
        print("round", r, "bad:", [globals()[f"C{i}"] for i in range(nthreads)], TOTAL, PA, PB, bad_reads[:3])
print("global_cards rounds", rounds, "bad", bad)
