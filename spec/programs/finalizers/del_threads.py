# __del__ with threads: objects made and dropped by several threads at once (in parallel
# transactions under pystm's workers) are each finalized exactly once, by whichever thread
# reaches a safe point first; gc.collect() in the main thread runs what is due before returning.
import gc
import threading

lock = threading.Lock()
finalized = []


class Item:
    def __init__(self, t, i):
        self.key = (t, i)

    def __del__(self):
        with lock:
            finalized.append(self.key)


kept = []


def worker(t):
    local = []
    for i in range(200):
        it = Item(t, i)
        if i % 10 == 0:
            local.append(it)
    with lock:
        kept.extend(local)


threads = [threading.Thread(target=worker, args=(t,)) for t in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
gc.collect()
gc.collect()
print(len(finalized), len(set(finalized)), len(kept))
print(sorted(finalized) == sorted((t, i) for t in range(4) for i in range(200) if i % 10 != 0))
kept.clear()
gc.collect()
print(len(finalized), len(set(finalized)))
