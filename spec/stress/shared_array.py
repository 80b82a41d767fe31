# Stress: one array.array shared by several threads. Each round: threads append tagged 8-byte
# items without a lock (every append is one atomic builtin call: none lost, none torn); a big
# 'q' array (large storage: conflicts per 128-byte card) gets interleaved items (index 2 to the
# one before last) set by every thread without a lock (each thread its own indices: no write
# lost); a counter item is incremented under a lock (read-modify-write); and a pair of
# far-apart items (1 and the last) is set together under the lock while a reader checks, under
# the same lock, that they match. Items are k * 0x100000001 patterns, so a torn 8-byte item
# (half one write, half another) shows.
# Usage: shared_array.py [rounds=150] [threads=4].
import sys
import threading
from array import array

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 150
nthreads = int(sys.argv[2]) if len(sys.argv) > 2 else 4
PER = 40
BIG = 2048   # 16 KiB of 'q' items: a large storage
PASSES = 3
PAT = 0x100000001

bad = 0
for r in range(rounds):
    shared = array('q')
    big = array('q', bytes(8 * BIG))
    lock = threading.Lock()
    torn = []

    def work(k):
        for i in range(PER):
            shared.append((k * PER + i) * PAT)
        for p in range(1, PASSES + 1):
            for i in range(k + 2, BIG - 1, nthreads):
                big[i] = p * PAT * (k + 1)
            with lock:
                big[0] = big[0] + 1
                big[1] = big[BIG - 1] = (k * 16 + p) * PAT

    def reader():
        for _ in range(30):
            with lock:
                if big[1] != big[BIG - 1]:
                    torn.append((big[1], big[BIG - 1]))

    ts = [threading.Thread(target=work, args=(k,)) for k in range(nthreads)]
    ts.append(threading.Thread(target=reader))
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    wrong = []
    if len(shared) != nthreads * PER or sorted(x // PAT for x in shared) != list(range(nthreads * PER)):
        wrong.append(('appends', len(shared)))
    if any(x % PAT for x in shared):
        wrong.append('torn append')
    for k in range(nthreads):
        mine = [x // PAT for x in shared if x // PAT // PER == k]
        if mine != list(range(k * PER, (k + 1) * PER)):
            wrong.append(('order', k))
    if big[0] != nthreads * PASSES:
        wrong.append(('counter', big[0]))
    for i in range(2, BIG - 1):
        k = (i - 2) % nthreads
        if big[i] != PASSES * PAT * (k + 1):
            wrong.append(('item', i, big[i]))
            break
    if big[1] != big[BIG - 1] or big[1] % PAT:
        wrong.append('pair')
    if wrong or torn:
        bad += 1
        print('round', r, wrong[:4], 'torn', torn[:3])
print('shared_array: bad', bad)
