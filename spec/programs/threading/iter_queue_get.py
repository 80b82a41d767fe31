# A consumer thread iterates `iter(q.get, None)`: the builtin iterator calls q.get, which blocks
# below it (a nested wait), while the main thread puts the items. With several workers the main
# thread's puts are moved to the waiting worker (they could not wait for its transaction).
import queue
import threading

q = queue.Queue()
out = []


def consume():
    for item in iter(q.get, None):
        out.append(item * 2)


t = threading.Thread(target=consume)
t.start()
for i in range(500):
    q.put(i)
q.put(None)
t.join()
print(len(out), sum(out), out[:5], out[-3:])
