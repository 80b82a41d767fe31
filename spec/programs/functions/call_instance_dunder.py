import threading
class C:
    def __init__(self): self.n = 0
    def __call__(self, a, b=2, *rest, **kw):
        self.n += 1
        return (a, b, rest, sorted(kw.items()))
c = C()
print(c(1), c(1, 3), c(1, 3, 4, x=5), c(a=9), c.n)
class D(C):
    pass
print(D()(7))
class S:
    __call__ = staticmethod(lambda *a: a)
print(S()(1, 2))
try:
    c()
except TypeError as e:
    print(e)
lk = threading.Lock()
class Blocker:
    def __call__(self):
        with lk:
            return "got"
lk.acquire()
t = threading.Thread(target=lambda: print(Blocker()()))
t.start()
lk.release()
t.join()
import functools
p = functools.partial(lambda a, b: a - b, 10)
print(p(3))
