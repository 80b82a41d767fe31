# Stress: threads move keys of one shared OrderedDict to the front (move_to_end(k, last=False):
# the entry goes into a run of holes kept at the front of the dict, objects/dict_reorder.ts, and
# the tables are rebuilt with a new front gap when it is used up) and to the back, adding and
# deleting keys of their own in between. Checked after every round: the same keys and values,
# each once, in an order that iteration, reversed() and list() agree on.
# Usage: ordered_move_front.py [rounds=40] [threads=4] [keys=200] [moves=300].
import sys
import threading
from collections import OrderedDict

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 40
nthreads = int(sys.argv[2]) if len(sys.argv) > 2 else 4
nkeys = int(sys.argv[3]) if len(sys.argv) > 3 else 200
moves = int(sys.argv[4]) if len(sys.argv) > 4 else 300

bad = 0
for r in range(rounds):
    od = OrderedDict((i, i * 2) for i in range(nkeys))
    seen_bad = [0] * nthreads

    def work(t):
        for m in range(moves):
            k = (m * 7 + t * 13 + r) % nkeys
            od.move_to_end(k, last=(m % 4 == 0))
            if m % 9 == 0:
                extra = ('t', t, m)
                od[extra] = 0
                od.move_to_end(extra, last=False)
                del od[extra]
            if m % 50 == 0 and len(od) < nkeys:
                seen_bad[t] += 1

    ts = [threading.Thread(target=work, args=(t,)) for t in range(nthreads)]
    for th in ts:
        th.start()
    for th in ts:
        th.join()
    keys = list(od)
    if sorted(keys) != list(range(nkeys)) or any(od[k] != k * 2 for k in keys):
        bad += 1
    if list(reversed(od)) != keys[::-1] or list(od.items()) != [(k, k * 2) for k in keys]:
        bad += 1
    bad += sum(seen_bad)
print('bad', bad)
