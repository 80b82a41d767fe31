# A daemon thread blocked for ever in a nested wait (`for x in iter(q.get, None)`: q.get runs
# below the builtin iterator) does not stop the exit. A non-daemon thread still feeds it after the
# main module has ended (threading's shutdown waits for that one, and the daemon keeps working
# meanwhile), atexit handlers run, and the process exits 0 as CPython's does.
import atexit
import queue
import threading

q = queue.Queue()
consumed = queue.Queue()


def consume():
    for x in iter(q.get, None):
        print("daemon got", x, flush=True)
        consumed.put(x)


def feed():
    for i in range(3):
        q.put(i * i)
        consumed.get()  # one at a time, so the output order is fixed
    print("feeder done", flush=True)


def spin(n):
    total = 0
    for i in range(n):
        total += i % 7
    return total


atexit.register(lambda: print("atexit ran"))
threading.Thread(target=consume, daemon=True).start()
workers = [threading.Thread(target=spin, args=(20000,)) for _ in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print("main module ends")
threading.Thread(target=feed).start()
