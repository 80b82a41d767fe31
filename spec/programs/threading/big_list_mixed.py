# Card writers (two threads, one half each of c), whole writers (reverse, sort of a), whole readers
# (sum/min/max of a, copies of c checked for a consistent snapshot: written in index order, a
# copy holds one prefix at round r+1 and the rest at r) and iteration, all on big lists at once
# (large storage: conflicts per card, stmgc/txn_cards.ts). Any output but the last line is a bug.
import threading
N = 20_000
a = list(range(N))
c = [0] * N
TOTAL = N * (N - 1) // 2
bad = []

def reverser():
    for r in range(20):
        a.reverse()
        if r % 10 == 0:
            a.sort(reverse=(r % 20 == 0))

def summer():
    for r in range(20):
        s = sum(a)
        if s != TOTAL:
            bad.append(('sum', s))
        if max(a) != N - 1 or min(a) != 0:
            bad.append('minmax')

def rewriter(lo, hi):
    for r in range(3):
        for i in range(lo, hi):
            c[i] = c[i] + 1

def check_half(b, lo, hi):
    # written in index order, round after round: a consistent snapshot is a prefix at r+1, the rest at r
    h = b[lo:hi]
    if max(h) - min(h) > 1:
        return False
    return all(h[i] >= h[i + 1] for i in range(len(h) - 1))

def copier():
    for r in range(12):
        b = c[:]
        if not (check_half(b, 0, N // 2) and check_half(b, N // 2, N)):
            bad.append(('torn copy', r))
        t = 0
        for x in a:
            t += 1
        if t != N:
            bad.append('len')

ts = [threading.Thread(target=reverser), threading.Thread(target=summer),
      threading.Thread(target=rewriter, args=(0, N // 2)), threading.Thread(target=rewriter, args=(N // 2, N)),
      threading.Thread(target=copier)]
for t in ts: t.start()
for t in ts: t.join()
print(bad[:5], sorted(a) == list(range(N)), sum(a) == TOTAL, sum(c) == 3 * N)
