# Threads sleeping for different times wake in order of their deadlines, not of their starts.
import threading
import time

order = []
lock = threading.Lock()


def sleeper(i):
    time.sleep(0.1 * (3 - i))
    with lock:
        order.append(i)


threads = [threading.Thread(target=sleeper, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(order)
start = time.monotonic()
time.sleep(0.05)
print(time.monotonic() - start >= 0.049)
