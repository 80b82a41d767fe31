# The main module raises while a daemon thread is blocked for ever in a nested wait (its q.get
# below the builtin iterator of `for x in iter(q.get, None)`): the traceback is printed and the
# process exits 1, as CPython's does, instead of waiting for the daemon.
import queue
import threading
import time

q = queue.Queue()


def consume():
    for x in iter(q.get, None):
        print("daemon got", x, flush=True)


threading.Thread(target=consume, daemon=True).start()
q.put("first")
time.sleep(0.05)
raise ValueError("main failed")
