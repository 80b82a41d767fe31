# Weak references shared between threads: a WeakValueDictionary cache filled by several
# threads, weak references made in one thread to objects another thread made, and callbacks
# that may run in any thread. With pystm's workers the threads run in parallel (each worker
# makes its weak references on its own chain; gc.collect() stops the world).
import gc
import threading
import weakref


class Item:
    def __init__(self, key):
        self.key = key


cache = weakref.WeakValueDictionary()
made = {}
dead = []
lock = threading.Lock()
held = []


def producer(t):
    local = []
    for i in range(40):
        key = (t, i)
        it = Item(key)
        cache[key] = it
        w = weakref.ref(it, lambda w, key=key: (lock.acquire(), dead.append(key), lock.release()))
        with lock:
            made[key] = w
        if i % 4 == 0:
            local.append(it)  # kept alive by the thread's result
    with lock:
        held.extend(local)


threads = [threading.Thread(target=producer, args=(t,)) for t in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
gc.collect()
print(len(cache), len(made), len(held))
print(sorted(cache) == sorted(it.key for it in held))
print(sorted(dead) == sorted(k for k in made if k[1] % 4 != 0))
print(sum(1 for w in made.values() if w() is not None))

# weak references made in other threads to objects of the main thread
shared = [Item(('main', i)) for i in range(10)]
refs = [None] * 10
cbs = []


def observer(i):
    refs[i] = weakref.ref(shared[i], lambda w, i=i: cbs.append(i))


ts = [threading.Thread(target=observer, args=(i,)) for i in range(10)]
for th in ts:
    th.start()
for th in ts:
    th.join()
print(all(refs[i]() is shared[i] for i in range(10)), weakref.getweakrefcount(shared[3]))
del shared[5:]
gc.collect()
print(sorted(cbs), [r() is not None for r in refs])

# a WeakSet read and written by threads while the main thread collects
ws = weakref.WeakSet()
alive = [Item(('ws', i)) for i in range(20)]


def adder(lo):
    for it in alive[lo:lo + 5]:
        ws.add(it)


ts = [threading.Thread(target=adder, args=(lo,)) for lo in range(0, 20, 5)]
for th in ts:
    th.start()
gc.collect()
for th in ts:
    th.join()
print(len(ws))
del alive[::2]
gc.collect()
print(len(ws), sorted(it.key[1] for it in ws))
