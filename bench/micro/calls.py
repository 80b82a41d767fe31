# bench/micro/calls.py KIND N: N Python-to-Python calls of one kind in a loop, timed with
# process_time around the loop only: the best of 5 runs minus the best of 5 of the same loop
# without the call, so the figure is the CPU of the call and return themselves. Prints "<kind> <ns per call> <checksum> <ns per loop iteration, call included>".
# Driven by bench/micro/calls.mjs (pystm vs python3, paired). Kinds: g1 `g(i)`, g3 `g(a, b, c)`,
# meth `o.m(i)`, init `C(i)` with an __init__ storing one attribute, fib (recursive fib(20),
# counted per call), dflt `h(i)` with a default, kw `k(i, y=2)`. The result is stored, not summed,
# so the loop stays in small ints (a sum past 2**30 would time big-int adds, not calls).
import sys
import time


def g(x):
    return x


def g3(a, b, c):
    return a


def h(x, y=1):
    return x


def k(x, y=1):
    return y


class O:
    def m(self, x):
        return x


class C:
    def __init__(self, x):
        self.x = x


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def run_empty(n):
    t = 0
    for i in range(n):
        t = i
    return t


def run_g1(n):
    t = 0
    for i in range(n):
        t = g(i)
    return t


def run_g3(n):
    t = 0
    for i in range(n):
        t = g3(i, 2, 3)
    return t


def run_meth(n):
    o = O()
    t = 0
    for i in range(n):
        t = o.m(i)
    return t


def run_init(n):
    t = 0
    for i in range(n):
        t = C(i).x
    return t


def run_dflt(n):
    t = 0
    for i in range(n):
        t = h(i)
    return t


def run_kw(n):
    t = 0
    for i in range(n):
        t = k(i, y=2)
    return t


FIB_CALLS = 21891  # calls made by fib(20)


def run_fib(n):
    t = 0
    for i in range(n // FIB_CALLS):
        t += fib(20)
    return t


def timed(f, n):
    t0 = time.process_time()
    r = f(n)
    return time.process_time() - t0, r


kind = sys.argv[1] if len(sys.argv) > 1 else 'g1'
n = int(sys.argv[2]) if len(sys.argv) > 2 else 2000000
body = globals()['run_' + kind]
timed(body, n // 5)  # warm-up (pystm: V8 compiles the loop; CPython: nothing much)
timed(run_empty, n // 5)
calls = (n // FIB_CALLS) * FIB_CALLS if kind == 'fib' else n
te = tb = None
for rep in range(5):
    e, _ = timed(run_empty, 0 if kind == 'fib' else n)
    b, r = timed(body, n)
    te = e if te is None or e < te else te
    tb = b if tb is None or b < tb else tb
best = tb - te
print('%s %.1f %d %.1f' % (kind, best / calls * 1e9, r, tb / calls * 1e9))
