# Generators suspended inside try/finally in several threads and dropped there are each closed
# exactly once by the collector (whichever worker's collection finds them dead), also when the
# transactions that made them ran in parallel.
import gc
import threading

lock = threading.Lock()
closed = []


def fin(tag):
    try:
        yield 1
        yield 2
    finally:
        with lock:
            closed.append(tag)


def work(t):
    for i in range(50):
        g = fin((t, i))
        next(g)
        del g
    kept.append(fin((t, "kept")))
    next(kept[-1])


kept = []
threads = [threading.Thread(target=work, args=(t,)) for t in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
gc.collect()
print(len(closed), len(set(closed)), sorted(set(t for t, i in closed)))
print(all(i != "kept" for t, i in closed))
del kept[:]
gc.collect()
print(len(closed), len(set(closed)))
