# A thread's threading.local values are dropped when the thread ends (lib/threading.py's
# thread-end callbacks), and a thread with none ends as well.
import threading, weakref, gc
data = threading.local()
class O: pass
refs = []
def f():
    o = O()
    data.o = o
    refs.append(weakref.ref(o))
ts = [threading.Thread(target=f) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
gc.collect()
print([r() is None for r in refs])
t = threading.Thread(target=lambda: None); t.start(); t.join(); print('plain thread ended', t.is_alive())
