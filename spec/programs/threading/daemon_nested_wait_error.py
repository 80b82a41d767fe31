# The main module raises while a daemon thread is blocked for ever in a nested wait (its q.get
# below the builtin iterator of `for x in iter(q.get, None)`): the traceback is printed and the
# process exits 1, as CPython's does, instead of waiting for the daemon. (The main module waits
# until the daemon has printed, so the output does not depend on how soon a worker runs it.)
import queue
import threading
import time

q = queue.Queue()
printed = threading.Event()


def consume():
    for x in iter(q.get, None):
        print("daemon got", x, flush=True)
        printed.set()


threading.Thread(target=consume, daemon=True).start()
q.put("first")
printed.wait()
time.sleep(0.05)  # (the daemon is back in its nested wait by then, most often)
raise ValueError("main failed")
