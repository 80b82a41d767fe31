# Stress: threads do stretches of private work and now and then update shared state under one
# Lock (a counter, a list, a dict entry): a release after such a stretch ends the transaction
# (vm/interp/sched_release.ts), so critical sections commit on their own. Every round: nothing
# lost, nothing twice, the private results exact.
# Usage: lock_sparse.py [rounds=50] [threads=4] [items=30]. Prints one summary line.
import sys
import threading

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 50
nthreads = int(sys.argv[2]) if len(sys.argv) > 2 else 4
items = int(sys.argv[3]) if len(sys.argv) > 3 else 30


def private_work(seed, n):
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7fffffff
    return x


def expected_private(seed):
    x = seed
    for _ in range(items):
        x = private_work(x, 200)
    return x


bad = 0
for r in range(rounds):
    lock = threading.Lock()
    state = {'count': 0, 'sum': 0}
    done = []
    results = [0] * nthreads

    def work(i):
        x = i + r
        for k in range(items):
            x = private_work(x, 200)
            with lock:
                state['count'] += 1
                state['sum'] += k
                done.append((i, k))
        results[i] = x

    ts = [threading.Thread(target=work, args=(i,)) for i in range(nthreads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    ok = (state['count'] == nthreads * items
          and state['sum'] == nthreads * items * (items - 1) // 2
          and sorted(done) == [(i, k) for i in range(nthreads) for k in range(items)]
          and results == [expected_private(i + r) for i in range(nthreads)])
    if not ok:
        bad += 1
        print("round", r, "bad:", state, len(done))
print("lock_sparse rounds", rounds, "bad", bad)
