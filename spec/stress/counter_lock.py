# Stress: threads increment one shared counter under a Lock; every round's total is exact.
# Usage: counter_lock.py [rounds=200] [threads=4] [increments=50]. Prints one summary line.
import sys
import threading

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 200
nthreads = int(sys.argv[2]) if len(sys.argv) > 2 else 4
per = int(sys.argv[3]) if len(sys.argv) > 3 else 50

class Counter:
    def __init__(self):
        self.value = 0

bad = 0
for r in range(rounds):
    c = Counter()
    lock = threading.Lock()

    def work():
        for _ in range(per):
            with lock:
                c.value += 1

    ts = [threading.Thread(target=work) for _ in range(nthreads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    if c.value != nthreads * per:
        bad += 1
        print("round", r, "lost updates:", nthreads * per - c.value)
print("counter_lock rounds", rounds, "bad", bad)
