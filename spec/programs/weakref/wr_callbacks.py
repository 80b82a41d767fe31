# Weak reference callbacks run as ordinary Python code after the collection: they may allocate,
# make new weak references, raise (reported, the others still run), and the weak containers
# defer removals while they are iterated.
import gc
import weakref


class Obj:
    def __init__(self, n):
        self.n = n


log = []
keep = []


def cb_alloc(w):
    log.append(('alloc', [i * i for i in range(5)]))
    o = Obj(100)
    keep.append(o)
    keep.append(weakref.ref(o, lambda w: log.append('inner')))


def cb_raise(w):
    log.append('raising')
    raise ValueError('from a callback')


a, b, c = Obj(1), Obj(2), Obj(3)
wa = weakref.ref(a, cb_alloc)
wb = weakref.ref(b, cb_raise)
wc = weakref.ref(c, lambda w: log.append('c'))
del a, b, c
gc.collect()
print(sorted(map(str, log)))
print(keep[1]() is keep[0])
del keep[:]
gc.collect()
print(log[-1])

# removals during iteration wait for the end of it
objs = {i: Obj(i) for i in range(6)}
wv = weakref.WeakValueDictionary(objs)
seen = []
for k, v in wv.items():
    seen.append(k)
    if k == 1:
        for j in (3, 4, 5):
            del objs[j]
        del v
        gc.collect()
print(len(seen) >= 2, len(wv), sorted(wv))

ws = weakref.WeakSet(objs.values())
n = 0
for o in ws:
    n += 1
    objs.clear()
    del o
    gc.collect()
print(n >= 1, len(ws))

# many weak references to one object, and to many objects
target = Obj(7)
refs = [weakref.ref(target, lambda w, i=i: log.append(i)) for i in range(50)]
print(weakref.getweakrefcount(target))
log.clear()
del target
gc.collect()
print(sorted(log) == list(range(50)), all(r() is None for r in refs))
many = [Obj(i) for i in range(2000)]
wmany = [weakref.ref(o) for o in many]
del many[::2]
gc.collect()
print(sum(1 for w in wmany if w() is not None))
