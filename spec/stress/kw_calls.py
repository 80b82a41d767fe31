# Stress: threads make keyword calls bound from the stack (vm/interp/kw_bind.ts: a per-callee
# cache from a call site's keyword-names tuple to parameter slots) to functions, methods and
# classes with an inlined __init__, while one thread compiles new callers and callees at run
# time (exec: fresh code objects, new keyword-names tuples with other names in the same
# positions) and collects, and every thread writes a shared dict (conflicts: aborts, rollbacks).
# Every result is checked against the values passed. Usage: kw_calls.py [rounds=24] [threads=4].
import gc
import sys
import threading

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 24
nthreads = int(sys.argv[2]) if len(sys.argv) > 2 else 4
shared = {}


def f3(a, b=2, c=3):
    return (a, b, c)


def g4(a=0, b=0, c=0, d=0):
    return (a, b, c, d)


def kwo(a, *, x, y=7):
    return (a, x, y)


class P:
    def __init__(self, u, v=0, *, w=5):
        self.t = (u, v, w)

    def m(self, p, q=1):
        return (p, q)


def fixed(i):
    out = 0
    if f3(i, c=i + 2) != (i, 2, i + 2):
        out += 1
    if f3(c=i, a=i + 1) != (i + 1, 2, i):
        out += 1
    if f3(i, b=i, c=-i) != (i, i, -i):
        out += 1
    if g4(a=i, b=-i) != (i, -i, 0, 0) or g4(c=i, d=2) != (0, 0, i, 2) or g4(b=i, a=1) != (1, i, 0, 0):
        out += 1
    if kwo(i, x=i * 2) != (i, i * 2, 7):
        out += 1
    if kwo(a=i, y=1, x=3) != (i, 3, 1):
        out += 1
    if P(i, w=i).t != (i, 0, i) or P(v=i, u=1).t != (1, i, 5):
        out += 1
    if P(0).m(i, q=i + 1) != (i, i + 1) or P(0).m(q=2, p=i) != (i, 2):
        out += 1
    return out


# a callee and a caller made at run time, with names that depend on n: the caller's keyword
# tuples are new constants each time (a collection may run between two of them)
SRC = '''
def callee_{n}(k{n}, *, m{n}=None, z=0):
    return ('{n}', k{n}, m{n}, z)

def caller_{n}(i):
    r1 = callee_{n}(k{n}=i, m{n}=i + {n})
    r2 = callee_{n}(i, z=-i)
    r3 = callee_{n}(z=i, k{n}=-i)
    return r1 == ('{n}', i, i + {n}, 0) and r2 == ('{n}', i, None, -i) and r3 == ('{n}', -i, None, i)
'''


def fresh(k, r):
    bad = 0
    for j in range(6):
        n = (r * 7 + k * 3 + j) % 11
        ns = {}
        exec(SRC.format(n=n), ns)
        junk = [[q] * 4 for q in range(300)]  # young garbage: minor collections
        for i in range(20):
            if not ns['caller_%d' % n](i):
                bad += 1
        del junk
    return bad


bad = 0
for r in range(rounds):
    res = [0] * nthreads

    def work(k):
        b = 0
        for i in range(150):
            b += fixed(i + k)
            shared[k, i % 5] = shared.get((k, i % 5), 0) + 1  # (one dict: conflicts, aborts)
        b += fresh(k, r)
        res[k] = b

    ts = [threading.Thread(target=work, args=(k,)) for k in range(nthreads)]
    for t in ts:
        t.start()
    if r % 8 == 0:
        gc.collect()
    for t in ts:
        t.join()
    bad += sum(res)
total = sum(shared.values())
if total != rounds * nthreads * 150:
    bad += 1
print('rounds', rounds, 'bad', bad)
