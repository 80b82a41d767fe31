# An RLock is re-entered by its owner; another thread waits until it is fully released.
import threading

rl = threading.RLock()
log = []


def recurse(n):
    with rl:
        log.append(n)
        if n > 0:
            recurse(n - 1)


def other():
    with rl:
        log.append('other')


with rl:
    with rl:
        t = threading.Thread(target=other)
        t.start()
        recurse(3)
        log.append('inner done')
    log.append('outer done')
t.join()
print(log)
try:
    rl.release()
except RuntimeError as e:
    print('RuntimeError:', e)
print(rl.acquire(blocking=False), rl.acquire(blocking=False))
rl.release()
rl.release()
