# Stress: threads append distinct items to one shared list without a lock (list.append is atomic
# in CPython); every item is there exactly once, nothing lost, nothing duplicated.
# Usage: list_append.py [rounds=200] [threads=4] [items=50].
import sys
import threading

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 200
nthreads = int(sys.argv[2]) if len(sys.argv) > 2 else 4
per = int(sys.argv[3]) if len(sys.argv) > 3 else 50

bad = 0
for r in range(rounds):
    shared = []

    def work(k):
        for i in range(per):
            shared.append(k * per + i)

    ts = [threading.Thread(target=work, args=(k,)) for k in range(nthreads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    if len(shared) != nthreads * per or sorted(shared) != list(range(nthreads * per)):
        bad += 1
        print("round", r, "len", len(shared), "distinct", len(set(shared)))
    # each thread's own items stay in its order
    for k in range(nthreads):
        mine = [x for x in shared if x // per == k]
        if mine != list(range(k * per, (k + 1) * per)):
            bad += 1
            print("round", r, "thread", k, "out of order")
print("list_append rounds", rounds, "bad", bad)
