# Threads meet at a Barrier in phases; the action runs once per phase; abort breaks it.
import threading

N = 4
phases = []
lock = threading.Lock()
barrier = threading.Barrier(N, action=lambda: phases.append('phase'))
seen = []


def work(i):
    for step in range(3):
        with lock:
            seen.append((step, i))
        barrier.wait()


threads = [threading.Thread(target=work, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(phases)
# every thread finished step s before any started step s + 1
print([s for s, _ in seen] == sorted(s for s, _ in seen))
print(barrier.parties, barrier.n_waiting, barrier.broken)
b2 = threading.Barrier(2)
b2.abort()
try:
    b2.wait()
except threading.BrokenBarrierError:
    print('broken', b2.broken)
b3 = threading.Barrier(2, timeout=0.01)
try:
    b3.wait()
except threading.BrokenBarrierError:
    print('timed out, broken', b3.broken)
