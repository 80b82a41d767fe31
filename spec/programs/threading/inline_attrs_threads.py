# Attribute stores from two threads on shared instances kept inline (vm/objects/inline_values.ts):
# each thread adds its own attributes to every object (the two threads build the maps, in either
# order), both update shared counters under a Lock, and objects created by either thread are
# read by the other. Printed: sorted contents, so the order the threads ran in does not show.
import threading


class Obj:
    def __init__(self, i):
        self.i = i
        self.count = 0


objs = [Obj(i) for i in range(40)]
lock = threading.Lock()
made = {}


def work(k):
    mine = []
    for r in range(30):
        for o in objs:
            setattr(o, 't%d_%d' % (k, r % 3), r)
            with lock:
                o.count += 1
        mine.append(Obj(k * 100 + r))
    for m in mine:
        m.owner = k
    made[k] = mine


ts = [threading.Thread(target=work, args=(k,)) for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(vars(objs[0]).items()))
print(all(o.count == 60 for o in objs), sum(o.i for o in objs))
print(all(getattr(o, 't%d_%d' % (k, j)) == 27 + j for o in objs for k in range(2) for j in range(3)))
print(sorted((m.owner, m.i, m.count) for k in made for m in made[k])[:3])
print(sum(len(vars(o)) for o in objs), sorted(len(vars(m)) for k in made for m in made[k])[-1])
