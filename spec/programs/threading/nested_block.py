# Blocking below a builtin (a property getter, a key function) still lets other threads run.
import threading
import time

lock = threading.Lock()
log = []


class Box:
    @property
    def value(self):
        with lock:
            return 42


def holder():
    with lock:
        time.sleep(0.02)
        log.append('holder releases')


t = threading.Thread(target=holder)
t.start()
v = Box().value            # waits for the holder, inside a property
log.append(('got', v))
t.join()


def slow_key(x):
    time.sleep(0.001)
    return -x


t2 = threading.Thread(target=lambda: log.append('other thread ran'))
t2.start()
print(sorted([3, 1, 2], key=slow_key))
t2.join()
print(log)
