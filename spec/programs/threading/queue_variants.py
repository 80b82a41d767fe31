# LifoQueue, PriorityQueue, SimpleQueue, Empty/Full, and task_done()/join().
import queue
import threading

lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in [3, 1, 2]:
    lq.put(x)
    pq.put((x, str(x)))
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])

bq = queue.Queue(maxsize=2)
bq.put(1)
bq.put(2)
print(bq.full(), bq.qsize())
try:
    bq.put_nowait(3)
except queue.Full:
    print('Full')
try:
    bq.put(3, timeout=0.01)
except queue.Full:
    print('Full after timeout')
bq.get()
bq.get()
try:
    bq.get_nowait()
except queue.Empty:
    print('Empty')
try:
    bq.get(timeout=0.01)
except queue.Empty:
    print('Empty after timeout')

sq = queue.SimpleQueue()
sq.put('a')
print(sq.get(), sq.empty())

work = queue.Queue()
done = []


def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            return
        done.append(item * 2)
        work.task_done()


threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for i in range(30):
    work.put(i)
work.join()
print(sorted(done) == [i * 2 for i in range(30)])
for _ in threads:
    work.put(None)
for t in threads:
    t.join()
print(work.unfinished_tasks)
try:
    work.task_done()
except ValueError as e:
    print('ValueError:', e)
