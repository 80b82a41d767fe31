# pickle micro (bench/NOTES.md 2026-12-05 h17-native): dumps/loads of 10k plain objects, 10k
# __slots__ objects, a set and a frozenset of 10k ints; R repetitions (argv[1]), ms per call.
import pickle, sys, time
R = int(sys.argv[1]) if len(sys.argv) > 1 else 5
class P:
    def __init__(self, i):
        self.x = i; self.y = i * 2; self.name = 'p'
class S:
    __slots__ = ('a', 'b')
    def __init__(self, i): self.a = i; self.b = -i
objs = [P(i) for i in range(10000)]
slots = [S(i) for i in range(10000)]
iset = set(range(10000))
fset = frozenset(range(10000))
def t(name, f):
    t0 = time.process_time()
    for _ in range(R): r = f()
    print(f"{name:22s} {(time.process_time()-t0)/R*1000:8.2f} ms")
    return r
for proto in (2, 4):
    d = t(f"dumps objs p{proto}", lambda: pickle.dumps(objs, proto))
    t(f"loads objs p{proto}", lambda: pickle.loads(d))
d = t("dumps slots p4", lambda: pickle.dumps(slots, 4))
t("loads slots p4", lambda: pickle.loads(d))
for proto in (2, 4):
    d = t(f"dumps set p{proto}", lambda: pickle.dumps(iset, proto))
    t(f"loads set p{proto}", lambda: pickle.loads(d))
d = t("dumps frozenset p4", lambda: pickle.dumps(fset, 4))
t("loads frozenset p4", lambda: pickle.loads(d))
