# A random.Random made by the main thread, drawn from by threads (which may run on other workers)
# under a lock: the draws as a whole are the seeded sequence, whatever the interleaving.
import random
import threading
import time

r = random.Random(12345)
expected = random.Random(12345)
lock = threading.Lock()
draws = []


def spin():
    x = 0
    for k in range(100000):
        x += k
    return x


def work(i):
    time.sleep(0.3)  # the worker pool is up by now: threads run on pool workers too
    spin()
    for _ in range(100):
        with lock:
            draws.append(r.random())
            draws.append(r.randrange(1000))


ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
want = []
for _ in range(400):
    want.append(expected.random())
    want.append(expected.randrange(1000))
print(len(draws), draws == want)
print(r.random() == expected.random(), r.getstate() == expected.getstate())
print(r.choice('abcdef'), r.sample(range(100), 3))
