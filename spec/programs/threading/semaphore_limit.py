# A Semaphore(2) lets at most two threads in at once; a BoundedSemaphore refuses extra releases.
import threading
import time

sem = threading.Semaphore(2)
lock = threading.Lock()
inside = 0
peak = 0


def work():
    global inside, peak
    with sem:
        with lock:
            inside += 1
            peak = max(peak, inside)
        time.sleep(0.05)
        with lock:
            inside -= 1


threads = [threading.Thread(target=work) for _ in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('peak', peak, 'inside', inside)
print(sem.acquire(blocking=False), sem.acquire(blocking=False), sem.acquire(blocking=False))
print(sem.acquire(timeout=0.01))
b = threading.BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print('ValueError:', e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print('ValueError:', e)
