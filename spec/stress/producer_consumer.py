# Stress: producers put numbered items on a bounded queue.Queue, consumers take them until a
# sentinel; every item is consumed exactly once.
# Usage: producer_consumer.py [rounds=200] [producers=2] [consumers=2] [items=40].
import queue
import sys
import threading

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 200
nprod = int(sys.argv[2]) if len(sys.argv) > 2 else 2
ncons = int(sys.argv[3]) if len(sys.argv) > 3 else 2
per = int(sys.argv[4]) if len(sys.argv) > 4 else 40

bad = 0
for r in range(rounds):
    q = queue.Queue(maxsize=8)
    got = [[] for _ in range(ncons)]

    def produce(k):
        for i in range(per):
            q.put(k * per + i)

    def consume(k):
        while True:
            x = q.get()
            if x is None:
                return
            got[k].append(x)

    ps = [threading.Thread(target=produce, args=(k,)) for k in range(nprod)]
    cs = [threading.Thread(target=consume, args=(k,)) for k in range(ncons)]
    for t in ps + cs:
        t.start()
    for t in ps:
        t.join()
    for _ in cs:
        q.put(None)
    for t in cs:
        t.join()
    allgot = sorted(x for g in got for x in g)
    if allgot != list(range(nprod * per)):
        bad += 1
        print("round", r, "consumed", len(allgot), "distinct", len(set(allgot)))
print("producer_consumer rounds", rounds, "bad", bad)
