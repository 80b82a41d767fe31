# Threads sleeping until different deadlines wake in deadline order, not in the order they started.
import threading
import time

order = []
lock = threading.Lock()
go = threading.Event()
t0 = 0.0


def sleeper(i):
    go.wait()
    # (deadlines 1 s apart: a worker of 4 on a 2-core machine at load 30 waited over 0.25 s for a
    # core, and once over 0.6 s to come back from go.wait())
    time.sleep(max(0.0, t0 + 0.5 + 1.0 * (3 - i) - time.monotonic()))
    with lock:
        order.append(i)


threads = [threading.Thread(target=sleeper, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
t0 = time.monotonic()
go.set()
for t in threads:
    t.join()
print(order)
start = time.monotonic()
time.sleep(0.05)
print(time.monotonic() - start >= 0.049)
