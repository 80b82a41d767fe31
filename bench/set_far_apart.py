# bench/set_far_apart.py: two threads write far-apart keys of one 200k-element set (issue 6).
#   set_far_apart.py MODE [ROUNDS]   MODE:
#     churn   discard then re-add a key of its own quarter of set(range(200000)) (dense ints: the
#             re-add probes on past the dummy, CPython's perturbation jumps across the table)
#     sparse  the same on set(range(0, 400000, 2)) (every other slot free: probes stay local)
#     add     add new keys of its own range (1M.., 3M..), past resizes
#     read    membership tests only
# Run with --workers 2 --stm-stats (PYSTM_NO_NAP=1) to read the abort rate; prints len(s).
import sys
import threading

mode = sys.argv[1] if len(sys.argv) > 1 else 'churn'
rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 200000
N = 200000
step = 2 if mode == 'sparse' else 1
s = set(range(0, N * step, step))


def churn(lo):
    for i in range(rounds):
        k = lo + (i * 7) % 50000 * step
        s.discard(k)
        s.add(k)


def add(lo):
    for i in range(rounds):
        s.add(lo + i)


def read(lo):
    n = 0
    for i in range(rounds):
        if lo + (i * 7) % 50000 in s:
            n += 1
    assert n == rounds


work = {'churn': churn, 'sparse': churn, 'add': add, 'read': read}[mode]
# churn/sparse/read: the first and third quarters of the keys; add: from 1M and from 3M
bases = [1000000, 3000000] if mode == 'add' else [0, 100000 * step]
ts = [threading.Thread(target=work, args=(b,)) for b in bases]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(s))
