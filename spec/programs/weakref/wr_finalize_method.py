# weakref.finalize (called at the collection that finds its object dead, by hand, or at exit)
# and weakref.WeakMethod.
import gc
import weakref


class Res:
    def __init__(self, name):
        self.name = name

    def method(self, x):
        return f'{self.name}.method({x})'


r = Res('a')
f = weakref.finalize(r, print, 'finalized a', 1)
print(f.alive, f.atexit, f.peek()[0] is r, f.peek()[1:] == (print, ('finalized a', 1), {}))
del r
gc.collect()
print('after collect', f.alive, f.peek(), f())

b = Res('b')
fb = weakref.finalize(b, lambda *a, **k: f'called {a} {k}', 1, 2, key=3)
print(fb(), fb.alive, fb(), fb.detach())

c = Res('c')
fc = weakref.finalize(c, print, 'never')
obj, func, args, kwargs = fc.detach()
print(obj is c, func is print, args, kwargs, fc.alive)
del c, obj
gc.collect()
print('detached: nothing printed')

order = []
ds = [Res(i) for i in range(3)]
fs = [weakref.finalize(d, order.append, d.name) for d in ds]
del ds
gc.collect()
print(sorted(order), [x.alive for x in fs])

e = Res('at exit 1')
e2 = Res('at exit 2')
weakref.finalize(e, print, 'exit finalizer', e.name)
weakref.finalize(e2, print, 'exit finalizer', e2.name)
noexit = weakref.finalize(e2, print, 'not at exit')
noexit.atexit = False
print(noexit.atexit)

# WeakMethod
m = Res('m')
wm = weakref.WeakMethod(m.method)
print(wm()(1), wm() == m.method, wm == weakref.WeakMethod(m.method), wm != weakref.WeakMethod(m.method))
died = []
wm2 = weakref.WeakMethod(m.method, lambda w: died.append(w is wm2))
try:
    weakref.WeakMethod(len)
except TypeError as exc:
    print('TypeError:', exc)
del m
gc.collect()
print(wm(), wm2(), died, wm == wm)


def plain():
    pass


class Holder:
    pass


h = Holder()
h.f = plain
print(weakref.ref(h.f)() is plain)
print('end of program')
