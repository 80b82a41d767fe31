# Threads increment a shared counter under a Lock: no update is lost.
import threading

count = 0
lock = threading.Lock()


def work():
    global count
    for _ in range(10000):
        with lock:
            count += 1


threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(count)
