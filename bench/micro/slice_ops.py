# bench/micro/slice_ops.py: nanoseconds per slice operation on short lists and tuples (fannkuch's
# and nqueens' sizes), for pystm beside python3 (interp/slice_ops.ts, the fused slice
# instructions). One "name ns" line each, best of 3 rounds by time.process_time after a warm-up
# pass; the loop's own cost (`loop`: `for i in r: pass`) is not subtracted.
#   python3 bench/micro/slice_ops.py [N]   /   bin/pystm --no-jit bench/micro/slice_ops.py [N]
import sys
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 200000

def loop(r, a, t, b):
    for i in r: pass

def prefix(r, a, t, b):
    for i in r: a[:5]

def copy(r, a, t, b):
    for i in r: a[:]

def reversed_all(r, a, t, b):
    for i in r: a[::-1]

def reversed_prefix(r, a, t, b):
    k = 5
    for i in r: a[k::-1]

def step2(r, a, t, b):
    for i in r: a[1::2]

def tuple_reversed(r, a, t, b):
    for i in r: t[::-1]

def store_equal(r, a, t, b):
    for i in r: a[:4] = b

def store_tuple(r, a, t, b):
    u = tuple(b)
    for i in r: a[2:6] = u

def store_resize(r, a, t, b):
    for i in r:
        a[2:3] = b
        a[2:6] = b[:1]

def flip(r, a, t, b):
    k = 5
    for i in r: a[:k + 1] = a[k::-1]

def del_slice(r, a, t, b):
    for i in r:
        a[3:3] = b
        del a[3:7]

OPS = [loop, prefix, copy, reversed_all, reversed_prefix, step2, tuple_reversed, store_equal,
       store_tuple, store_resize, flip, del_slice]

for op in OPS:  # a warm-up pass first (the interpreter's loop is compiled while it runs)
    op(range(N // 4), list(range(9)), tuple(range(9)), [7, 8, 9, 10])
for op in OPS:
    best = None
    for _ in range(3):
        a = list(range(9))
        t = tuple(a)
        b = [7, 8, 9, 10]
        t0 = time.process_time()
        op(range(N), a, t, b)
        dt = time.process_time() - t0
        best = dt if best is None or dt < best else best
    print(op.__name__, round(best * 1e9 / N))
