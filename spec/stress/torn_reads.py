# Stress: no torn read. Writers replace a shared attribute with a pair (x, -x) and a shared list's
# contents with ten equal numbers in one operation (one bytecode: atomic under the GIL); readers
# never see a pair that does not sum to 0 or a list with two different numbers.
# Usage: torn_reads.py [rounds=200] [writers=2] [readers=2] [iterations=40].
import sys
import threading

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 200
nw = int(sys.argv[2]) if len(sys.argv) > 2 else 2
nr = int(sys.argv[3]) if len(sys.argv) > 3 else 2
per = int(sys.argv[4]) if len(sys.argv) > 4 else 40

class Shared:
    pass

bad = 0
for r in range(rounds):
    sh = Shared()
    sh.pair = (0, 0)
    lst = [0] * 10
    seen = [0]

    def write(k):
        for i in range(per):
            x = k * 1000 + i
            sh.pair = (x, -x)
            lst[:] = [x] * 10

    def read():
        torn = 0
        for _ in range(per):
            a, b = sh.pair
            if a + b != 0:
                torn += 1
            if len(set(lst)) != 1 or len(lst) != 10:
                torn += 1
        seen[0] += torn

    ts = [threading.Thread(target=write, args=(k,)) for k in range(nw)]
    ts += [threading.Thread(target=read) for _ in range(nr)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    if seen[0]:
        bad += 1
        print("round", r, "torn reads", seen[0])
print("torn_reads rounds", rounds, "bad", bad)
