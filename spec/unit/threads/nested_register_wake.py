# Nested waits (a lock, a queue get and a sleep below a builtin: map, sorted) whose deadlines pass
# while PYSTM_TEST_WAKE_NESTED_REGISTER=1 wakes each one right after its registration, as another
# JS thread's timer or release would (spec/unit/vm_nested_register.test.ts).
import queue
import threading
import time

threading.Thread(target=print, args=('warm-up thread',)).start()
lock = threading.Lock()
lock.acquire()
print(list(map(lambda _: lock.acquire(timeout=0.01), range(3))))
q = queue.Queue()


def get(_):
    try:
        return q.get(timeout=0.01)
    except queue.Empty:
        return 'empty'


print(list(map(get, range(2))))
t0 = time.monotonic()
print(sorted([3, 1, 2], key=lambda x: (time.sleep(0.005), x)[1]))
print(time.monotonic() - t0 >= 0.015)
out = []
th = threading.Thread(target=lambda: out.append(list(map(get, range(2)))))
th.start()
th.join()
q.put('item')
print(list(map(get, range(2))), out)
