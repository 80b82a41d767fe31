# bench/set_big_ops.py: single-thread cost of big-set operations (issue 6 split counts): build a
# 200k-int set, churn (discard + re-add), add new keys past resizes, membership, iteration, len,
# pop, a set of strs. Prints a checksum; time it by CPU (before/after builds, paired runs).
import sys
reps = int(sys.argv[1]) if len(sys.argv) > 1 else 1
total = 0
for _ in range(reps):
    s = set(range(200000))
    for i in range(200000):
        k = (i * 7) % 200000
        s.discard(k)
        s.add(k)
    for i in range(300000):
        s.add(1000000 + i)
    n = 0
    for i in range(0, 600000, 3):
        if i in s:
            n += 1
    for x in s:
        n += x & 1
    for i in range(50000):
        n += len(s) & 1
    for i in range(100000):
        n += s.pop() & 1
    w = set()
    for i in range(100000):
        w.add(str(i))
    for i in range(0, 100000, 2):
        w.discard(str(i))
    total += n + len(s) + len(w)
print(total)
