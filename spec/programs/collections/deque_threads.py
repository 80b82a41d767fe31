# A bare collections.deque shared by threads as a work queue (CPython's calls are atomic):
# producers append, consumers popleft until an IndexError, every item taken once.
from collections import deque
import threading

d = deque(range(500))
got = []
lock = threading.Lock()


def produce(base):
    for i in range(base, base + 500):
        d.append(i)


def consume():
    mine = []
    while True:
        try:
            mine.append(d.popleft())
        except IndexError:
            break
    with lock:
        got.extend(mine)


ps = [threading.Thread(target=produce, args=(500 * (k + 1),)) for k in range(2)]
for p in ps:
    p.start()
for p in ps:
    p.join()
cs = [threading.Thread(target=consume) for _ in range(3)]
for c in cs:
    c.start()
for c in cs:
    c.join()
print(len(got), sorted(got) == list(range(1500)), len(d))
