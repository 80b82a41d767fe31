# Stress: a ThreadPoolExecutor whose results are collected by builtins consuming generators
# (sum(ex.map(...)), sorted(f.result() for f in ...)): every wait is a nested wait below the
# builtin, and the pool threads must get past it (they are bounced to the waiting worker) while
# they update a shared dict under a lock. Each round checks every result and every update.
# Usage: executor_nested.py [rounds=200] [tasks=12].
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 200
tasks = int(sys.argv[2]) if len(sys.argv) > 2 else 12

counts = {}
lock = threading.Lock()


def work(x):
    with lock:
        counts[x % 7] = counts.get(x % 7, 0) + 1
    return x * x


bad = 0
with ThreadPoolExecutor(max_workers=3) as ex:
    for r in range(rounds):
        xs = range(r, r + tasks)
        if sum(ex.map(work, xs)) != sum(x * x for x in xs):
            bad += 1
        if sorted(f.result() for f in [ex.submit(work, x) for x in xs]) != sorted(x * x for x in xs):
            bad += 1
total = sum(counts.values())
if total != rounds * tasks * 2:
    bad += 1
print('rounds', rounds, 'updates', total, 'bad', bad)
