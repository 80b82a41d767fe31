# Long runs across many time slices (run()'s driver loop returns at each slice end after its
# first 100 and is called again: vm/NOTES.md "The driver loop re-entered"): a generator
# suspended across slices, a try/finally and a with block whose bodies span slices, an
# exception raised slices after its handler was entered, recursion, sum() of a generator (a
# nested loop below a builtin), and two threads interleaving under a lock; all as CPython.
import threading

class Ctx:
    def __init__(self, log):
        self.log = log
    def __enter__(self):
        self.log.append('enter')
        return self
    def __exit__(self, *exc):
        self.log.append('exit %s' % (exc[0].__name__ if exc[0] else None))
        return False

def spin(n):
    t = 0
    i = 0
    while i < n:
        t += i & 7
        i += 1
    return t

def gen(n):
    for i in range(n):
        spin(2000)
        yield i * i

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

log = []
g = gen(400)
firsts = [next(g) for _ in range(3)]
total = spin(2_000_000)
firsts.append(next(g))
print('generator across slices:', firsts, total)
try:
    with Ctx(log):
        try:
            spin(600_000)
            raise KeyError('late')
        finally:
            log.append('finally after %d' % spin(300_000))
except KeyError as e:
    log.append('caught %r' % (e,))
print(log)
print('fib(22) =', fib(22))
print('sum of a generator:', sum(x for x in gen(300)))
print('rest of the first generator:', sum(g))

lock = threading.Lock()
counts = [0, 0]
def worker(k):
    for _ in range(300):
        spin(300)
        with lock:
            counts[k] += 1
ts = [threading.Thread(target=worker, args=(k,)) for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('threads:', counts)
