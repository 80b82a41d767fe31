# threading.local gives each thread its own attributes; a subclass's __init__ runs per thread.
import threading

data = threading.local()
data.x = 'main'
out = {}
lock = threading.Lock()


class Counter(threading.local):
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n


counter = Counter()


def work(i):
    has = hasattr(data, 'x')
    data.x = i
    for _ in range(i + 1):
        counter.bump()
    with lock:
        out[i] = (has, data.x, counter.n)


threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(out.items()))
print(data.x, counter.n)
try:
    del data.missing
except AttributeError as e:
    print('AttributeError', e)
