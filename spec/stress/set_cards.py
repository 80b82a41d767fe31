# Stress: one big set (a table of 8192+ slots: split per-region fill/used counts, conflicts per
# card: vm/objects/set_counts.ts) written by two and then four threads. Each round every thread
# discards and re-adds keys of its own range, adds new keys of its own range (enough to run the
# quotas out and make the set resize under the threads) and discards some of those again, plus
# keys of a range every thread writes (those conflicts must be caught). After each round the
# contents must be exactly the expected keys, len() exact, no key lost or duplicated.
# Usage: set_cards.py [rounds=12] [threads=2,4].
import sys
import threading

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 12
thread_counts = [int(sys.argv[2])] if len(sys.argv) > 2 else [2, 4]
BASE = 6000       # keys present at the start of a round: 0..BASE-1
SPAN = 1500       # each thread's own keys: BASE*2 + k*SPAN ..
bad = 0
for nthreads in thread_counts:
    for r in range(rounds):
        s = set(range(BASE))
        shared_lo = BASE + 100  # keys every thread adds (idempotent) and never removes

        def worker(k):
            own = BASE * 2 + k * SPAN * 4 + r
            mine = range(k * (BASE // nthreads), (k + 1) * (BASE // nthreads))
            for i in mine[::3]:          # discard and re-add old keys of its own part
                s.discard(i)
                s.add(i)
            for i in range(own, own + SPAN):   # new keys of its own range
                s.add(i)
            for i in range(own, own + SPAN, 2):
                s.discard(i)
            for i in mine[1::5]:          # and drop part of the old keys for good
                s.discard(i)
            for i in range(shared_lo, shared_lo + 50):
                s.add(i)

        ts = [threading.Thread(target=worker, args=(k,)) for k in range(nthreads)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        want = set(range(BASE))
        for k in range(nthreads):
            own = BASE * 2 + k * SPAN * 4 + r
            mine = range(k * (BASE // nthreads), (k + 1) * (BASE // nthreads))
            want.update(range(own + 1, own + SPAN, 2))
            want.difference_update(mine[1::5])
        want.update(range(shared_lo, shared_lo + 50))
        n = 0
        for x in s:
            n += 1
        if s != want or len(s) != len(want) or n != len(want) or sorted(s) != sorted(want):
            bad += 1
            print('threads', nthreads, 'round', r, 'len', len(s), 'want', len(want), 'iterated', n)
print('set_cards: bad', bad)
