# Stress: threads make Python-to-Python calls at random depths at once (recursion, methods,
# inlined __init__, returns through conditional expressions, exceptions unwinding calls) while
# one thread execs new functions and collects: the returns of every worker load their caller's
# registers through the by-depth CodeInfo hints (vm/interp/caller_info.ts), which must never
# send a return into another thread's, a rolled-back transaction's or a dead code object's
# code. Checked after every round: each result equals its closed form.
# Usage: call_depths.py [rounds=60] [threads=4] [calls=40].
import gc
import random
import sys
import threading

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 60
nthreads = int(sys.argv[2]) if len(sys.argv) > 2 else 4
calls = int(sys.argv[3]) if len(sys.argv) > 3 else 40
sys.setrecursionlimit(3000)


def down(n):
    return down(n - 1) + 1 if n else 0


def down2(n):
    return down2(n - 1) + 2 if n else 0


class Node:
    def __init__(self, k):
        self.k = k
        self.child = Node(k - 1) if k else None

    def total(self):
        return self.k + (self.child.total() if self.child is not None else 0)


def fails(n):
    if n == 0:
        raise KeyError(n)
    return fails(n - 1)


def guarded(n):
    try:
        return fails(n)
    except KeyError:
        return -1 if n >= 0 else -2


bad = 0
for r in range(rounds):
    results = {}
    made = []

    def work(k):
        rng = random.Random(r * 100 + k)
        out = []
        for i in range(calls):
            n = rng.randrange(0, 1200 if i % 10 == 0 else 60)
            kind = (i + k) % 4
            if kind == 0:
                out.append(down(n) == n)
            elif kind == 1:
                out.append(down2(n) == 2 * n)
            elif kind == 2:
                m = n % 40
                out.append(Node(m).total() == m * (m + 1) // 2)
            else:
                out.append(guarded(n % 30) == -1)
        results[k] = all(out)

    def maker():
        ok = True
        for j in range(5):
            ns = {}
            exec("def f(n):\n    return f(n - 1) + %d if n else 0\n" % (j + 1), ns)
            ok = ok and ns["f"](25) == 25 * (j + 1)
            del ns
            if j == 2:
                gc.collect()
        made.append(ok)

    ts = [threading.Thread(target=work, args=(k,)) for k in range(nthreads)]
    ts.append(threading.Thread(target=maker))
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    ok = len(results) == nthreads and all(results.values()) and made == [True]
    if not ok:
        bad += 1
        print("round", r, "wrong results", sorted(results.items()), made)
print("call_depths rounds", rounds, "bad", bad)
