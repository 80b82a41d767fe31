# Stress: itertools objects shared bare between threads, relying on each next() being one atomic
# step (as CPython's C itertools under the GIL): four threads pull from one count(), one
# islice(count()), one chain() of ranges, one product() and one tee branch, at the same time;
# every value must come out exactly once (duplicates and losses counted). The Python generators
# of the old lib/itertools.py were not even shareable ("generator already executing").
# Usage: shared_itertools.py [items per source=3000].
import sys
import threading
from itertools import chain, count, islice, product, tee

per = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
THREADS = 4
sources = {
    'count': (count(), per),
    'islice': (islice(count(100), 0, None, 3), per),
    'chain': (chain(range(per // 2), range(per // 2, per)), per),
    'product': (product(range(per // 50), range(50)), per),
    'tee': (tee(range(per), 3)[1], per),
}
got = {name: [[] for _ in range(THREADS)] for name in sources}
stop = threading.Barrier(THREADS)


def worker(k):
    stop.wait()
    for name, (it, n) in sources.items():
        mine = got[name][k]
        if name in ('count', 'islice'):
            # infinite sources: everybody takes n / THREADS values
            for _ in range(n // THREADS):
                mine.append(next(it))
        else:
            for x in it:
                mine.append(x)


threads = [threading.Thread(target=worker, args=(k,)) for k in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
bad = 0
for name, (it, n) in sources.items():
    values = [x for mine in got[name] for x in mine]
    if name == 'count':
        expect = list(range(n))
    elif name == 'islice':
        expect = list(range(100, 100 + 3 * n, 3))
    elif name == 'product':
        expect = [(a, b) for a in range(per // 50) for b in range(50)]
    else:
        expect = list(range(n))
    dups = len(values) - len(set(values))
    lost = len(set(expect) - set(values))
    junk = len(set(values) - set(expect))
    bad += dups + lost + junk
    # each thread's own values come in increasing order (one shared position)
    ordered = all(m == sorted(m) for m in got[name][:THREADS])
    print(name, 'values', len(values), 'dups', dups, 'lost', lost, 'junk', junk, 'ordered', ordered)
print('bad', bad)
