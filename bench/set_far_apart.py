# bench/set_far_apart.py: two threads write far-apart keys of one 200k-element set (issue 6).
#   python set_far_apart.py MODE [ROUNDS]   MODE: churn (discard then re-add a key of its own
#   half) | add (add new keys of its own range) | read (membership tests only)
# Run with --workers 2 --stm-stats (PYSTM_NO_NAP=1) to read the abort rate; prints a checksum.
import sys
import threading

mode = sys.argv[1] if len(sys.argv) > 1 else 'churn'
rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 200000
N = 200000
s = set(range(N))


def churn(lo):
    for i in range(rounds):
        k = lo + (i * 7) % 50000
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


work = {'churn': churn, 'add': add, 'read': read}[mode]
# churn: keys 0..50k and 100k..150k; add: new keys from 1M and from 3M (far apart in the table)
bases = [0, 100000] if mode != 'add' else [1000000, 3000000]
ts = [threading.Thread(target=work, args=(b,)) for b in bases]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(s))
