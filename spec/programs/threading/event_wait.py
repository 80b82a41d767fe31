# Threads wait on an Event until it is set; wait() with a timeout on an unset Event returns False.
import threading

ev = threading.Event()
woke = []
lock = threading.Lock()


def waiter(i):
    r = ev.wait()
    with lock:
        woke.append((i, r))


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
print('before set', ev.is_set(), len(woke))
ev.set()
for t in threads:
    t.join()
print('after set', ev.is_set(), sorted(woke))
ev.clear()
print('timeout', ev.wait(0.01), ev.is_set())
