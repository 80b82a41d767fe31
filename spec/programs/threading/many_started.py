# 2000 threads started over the life of the program, 100 at a time (10000: spec/unit/vm_threads_sched.test.ts).
import threading

count = 0
lock = threading.Lock()


def work():
    global count
    with lock:
        count += 1


for batch in range(20):
    threads = [threading.Thread(target=work) for _ in range(100)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
print(count, threading.active_count())
