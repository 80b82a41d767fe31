# A producer/consumer pair over queue.Queue; results are sorted before printing.
import queue
import threading

q = queue.Queue()
results = []


def producer():
    for i in range(50):
        q.put(i)
    q.put(None)


def consumer():
    while (item := q.get()) is not None:
        results.append(item * item)


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(results), sum(results), sorted(results)[:5])
