# Threads that end in every way the driver loop meets (vm/NOTES.md "A thread's end goes through
# the safe point"): at once, after a long loop (past several time slices), from a method, with a
# value nobody reads, after blocking on a lock held by another thread, through a nested run (the
# target a builtin calling back into Python), after an exception it caught, and by an uncaught
# exception; a thread started by a thread that ends first. Each records its end in a dict.
import threading

ends = {}
lock = threading.Lock()

def record(name, value):
    with lock:
        ends[name] = value

def at_once():
    record("at_once", 0)

def long_loop(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    record("long_loop", total)
    return total

class Worker:
    def __init__(self, k):
        self.k = k

    def run_it(self):
        record("method", self.k * 3)

gate = threading.Lock()
gate.acquire()

def blocked():
    with gate:
        record("blocked", "got the gate")

def key(x):
    return -x

def nested():
    record("nested", sorted([3, 1, 2, 5, 4], key=key))

def caught():
    try:
        {}["missing"]
    except KeyError as e:
        record("caught", repr(e))

def starter():
    t = threading.Thread(target=lambda: record("grandchild", sum(range(1000))))
    t.start()
    record("starter", "started")
    return t

def gen_sum():
    record("gen_sum", sum(x * x for x in range(2000)))

threads = [
    threading.Thread(target=at_once),
    threading.Thread(target=long_loop, args=(300000,)),
    threading.Thread(target=Worker(14).run_it),
    threading.Thread(target=blocked),
    threading.Thread(target=nested),
    threading.Thread(target=caught),
    threading.Thread(target=gen_sum),
]
for t in threads:
    t.start()
gate.release()
holder = []
s = threading.Thread(target=lambda: holder.append(starter()))
s.start()
s.join()
holder[0].join()
for t in threads:
    t.join()
for name in sorted(ends):
    print(name, ends[name])
print(len(ends), threading.active_count())
