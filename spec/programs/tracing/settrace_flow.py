# Line events across the shapes whose line table CPython 3.11 shapes specially: loop back
# edges, implicit returns after a loop or a branch, try/except/finally, with, while/else,
# comprehensions, lambdas, nested functions, class bodies, generators resumed by send.
import sys

log = []
def tracer(frame, event, arg):
    co = frame.f_code
    if co.co_filename != __file__:
        return None
    log.append(f"{co.co_name}:{event}:{frame.f_lineno - co.co_firstlineno if frame.f_lineno else None}")
    return tracer

def branches(a):
    if a:
        x = 1
    else:
        x = 2

def loop_end(n):
    for i in range(n):
        if i % 2:
            continue
        n -= 1

def while_else(n):
    while n > 0:
        n -= 1
        if n == 10:
            break
    else:
        n = -1
    return n

def try_forms():
    try:
        a = 1
    except ValueError:
        a = 2
    try:
        b = int("x")
    except ValueError:
        b = 3
    finally:
        c = 4
    try: d = 5
    finally: d = 6
    return a + b + c + d

class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False

def with_block():
    with CM() as cm:
        y = 1
    return y

def comps():
    xs = [i * i for i in range(3)]
    f = lambda z: z + 1
    def inner(q):
        return q * 2
    return xs, f(1), inner(2)

def coro():
    got = yield 1
    got = yield got + 1
    return got

def classes():
    class K:
        a = 1
        def m(self):
            return self.a
    return K().m()

def driver():
    branches(1)
    branches(0)
    loop_end(4)
    while_else(3)
    while_else(12)
    try_forms()
    with_block()
    comps()
    g = coro()
    next(g)
    g.send(5)
    try:
        g.send(7)
    except StopIteration as e:
        r = e.value
    classes()
    return r

sys.settrace(tracer)
driver()
sys.settrace(None)
print("\n".join(log))
