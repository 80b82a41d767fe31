# Deleted entries keep a skip to the next live entry (vm/objects/dict_core.ts dictNextLive): the
# order seen by iteration after random deletions, re-insertions, popitem and pops from the front
# must stay CPython's; and a FIFO drain through next(iter(d)) / OrderedDict.popitem(last=False)
# is linear (it walked every hole before: 80,000 items took 35 s).
import random
from collections import OrderedDict
rng = random.Random(7)
for round_ in range(150):
    d = {}
    ref = []
    for step in range(rng.randrange(1, 400)):
        op = rng.random()
        if op < 0.45 or not d:
            k = rng.randrange(300)
            d[k] = step
            if k not in ref: ref.append(k)
        elif op < 0.7:
            k = rng.choice(ref); del d[k]; ref.remove(k)
        elif op < 0.8:
            k = next(iter(d)); d.pop(k); ref.remove(k)
        elif op < 0.9:
            k, _ = d.popitem(); ref.remove(k)
        else:
            for k in list(d)[: rng.randrange(1, 6)]:
                del d[k]; ref.remove(k)
        assert list(d) == ref, (round_, step)
    print(round_, len(d), sum(list(d)[::7]), list(d.items())[-3:])
d = dict.fromkeys(range(80000))
while d: del d[next(iter(d))]
o = OrderedDict.fromkeys(range(80000))
firsts = [o.popitem(last=False)[0] for _ in range(79990)]
print(len(d), len(o), firsts[:3], list(o), sum(firsts))
d = dict.fromkeys(range(10))
for k in (3, 4, 5, 0, 1, 2, 9, 8): del d[k]
d[3] = 'x'; print(d, list(d.keys()), list(reversed(d)))
