# Interpreter-wide settings are the same on every thread: sys.setrecursionlimit,
# sys.setswitchinterval and gc.disable() made on one thread are seen (and obeyed) on the others,
# wherever they run.
import gc
import sys
import threading

sys.setrecursionlimit(5000)
sys.setswitchinterval(0.002)
gc.disable()
out = []
lock = threading.Lock()


def rec(n):
    return 0 if n == 0 else 1 + rec(n - 1)


def look(k):
    seen = (sys.getrecursionlimit(), sys.getswitchinterval(), gc.isenabled(), rec(3000))
    with lock:
        out.append(seen)


ts = [threading.Thread(target=look, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(out)


def change():
    sys.setrecursionlimit(1500)
    gc.enable()


t = threading.Thread(target=change)
t.start()
t.join()
print(sys.getrecursionlimit(), gc.isenabled())
try:
    rec(2000)
except RecursionError as e:
    print('RecursionError:', e)
