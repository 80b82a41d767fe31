# Stress: threads end all the time beside threads in long loops (each end goes through the
# driver loop's safe-point call, vm/NOTES.md "A thread's end goes through the safe point"):
# every round, every thread's result is recorded exactly once, the results add up, and only the
# main thread is left. Usage: thread_ends.py [rounds=100] [short=6] [long=2]. One summary line.
import sys
import threading

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 100
nshort = int(sys.argv[2]) if len(sys.argv) > 2 else 6
nlong = int(sys.argv[3]) if len(sys.argv) > 3 else 2

bad = 0
for r in range(rounds):
    results = [None] * (nshort + nlong)
    lock = threading.Lock()
    seen = []

    def short(i):
        results[i] = i * 7 + r
        with lock:
            seen.append(i)

    def long(i, n):
        total = 0
        for k in range(n):
            total += k % 5
        results[i] = total
        with lock:
            seen.append(i)

    ts = [threading.Thread(target=long, args=(nshort + j, 3000 + 500 * j)) for j in range(nlong)]
    ts += [threading.Thread(target=short, args=(i,)) for i in range(nshort)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    want = [i * 7 + r for i in range(nshort)] + [sum(k % 5 for k in range(3000 + 500 * j)) for j in range(nlong)]
    if results != want or sorted(seen) != list(range(nshort + nlong)) or threading.active_count() != 1:
        bad += 1
        print("round", r, "results", results, "seen", sorted(seen), "alive", threading.active_count())
print("thread_ends rounds", rounds, "bad", bad)
