# Stress: cached class attributes stay consistent when a transaction's snapshot moves (stmgc/
# txn_view_epoch.ts). One thread changes P.a, P.b and P.box.v together in one atomic step (one
# builtin call: list(map(setattr, ...))) under no lock; readers read them together in one atomic
# step (attrgetter('a', 'box.v', 'b')), P.a from their class caches, then P.box.v, which can be
# newer than their snapshot (an extension), then P.b. A reader that mixes an old P.a with a new
# P.b (or P.box.v) is torn: before h27-epoch, 2-5 rounds of 20 at --workers 2/4 with 50-tick
# slices. The writer sleeps `pause` s after every `burst` steps (h34-stress, spec/NOTES.md): a
# writer that looped without a pause held P's dict and P.box locked for whole time slices and
# burned a quarter of the CPU; on a loaded host the readers' waits for those locks ran out (the
# holder had no CPU), both sides aborted (95% of the aborts), and a run at --workers 2 took
# 101-141 s (load 10-28). With bursts the readers still meet the writer's locks (the wait that
# lines a reader's first read up with the writer's commit: likely what makes torn pairs) at ~1/5 of
# the CPU (at --workers 2 it catches a torn pair about a third as often per run, as often per CPU
# second: give more rounds in loops). Usage: class_attr_pairs.py [rounds=20] [readers=3]
# [iters=3000] [burst=100] [pause=0.0005]. Prints one summary line.
import sys
import threading
import time
from operator import attrgetter

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 20
nreaders = int(sys.argv[2]) if len(sys.argv) > 2 else 3
iters = int(sys.argv[3]) if len(sys.argv) > 3 else 3000
burst = int(sys.argv[4]) if len(sys.argv) > 4 else 100
pause = float(sys.argv[5]) if len(sys.argv) > 5 else 0.0005


class Box:
    pass


class P:
    a = 0
    b = 0
    box = Box()


P.box.v = 0
TARGETS = (P, P, P.box)
NAMES = ('a', 'b', 'v')
read3 = attrgetter('a', 'box.v', 'b')


def writer(n, stop):
    i = 0
    while not stop:
        i += 1
        list(map(setattr, TARGETS, NAMES, (i, -i, i)))
        if i % burst == 0:
            time.sleep(pause)
    n.append(i)


def reader(torn):
    for k in range(iters):
        a, v, b = read3(P)
        if a + b != 0 or a != v:
            torn.append((a, v, b))


bad = 0
for r in range(rounds):
    torn = []
    stop = []
    n = []
    w = threading.Thread(target=writer, args=(n, stop))
    w.start()
    rs = [threading.Thread(target=reader, args=(torn,)) for _ in range(nreaders)]
    for t in rs:
        t.start()
    for t in rs:
        t.join()
    stop.append(1)
    w.join()
    if torn:
        bad += 1
        print("round", r, "torn:", len(torn), torn[:3])
print("class_attr_pairs rounds", rounds, "bad", bad)
