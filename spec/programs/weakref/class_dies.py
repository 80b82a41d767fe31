# Classes made at run time die when unreachable (vm/objects/type_watch.ts, type_ids.ts): a weak
# reference's callback on a class fires at gc.collect(), __subclasses__() forgets a subclass that
# died, and 20,000 classes made by a class statement in a function are all gone after
# gc.collect() (checked through weak references; pystm pinned every class before).
import gc
import weakref


def cb(r):
    print("callback: dead", r() is None)


class A:
    pass


C = type("C", (A,), {"x": 1})
r = weakref.ref(C, cb)
print(A.__subclasses__())
del C
gc.collect()
print("after collect:", r() is None, A.__subclasses__())


class B(A):
    def hello(self):
        return "B"


class D(B):
    pass


rd = weakref.ref(D)
print([c.__name__ for c in A.__subclasses__()], [c.__name__ for c in B.__subclasses__()])
del D
gc.collect()
print("D dead:", rd() is None, B.__subclasses__(), [c.__name__ for c in A.__subclasses__()])


def make(i):
    class K(A):
        n = i

        def m(self):
            return self.n * 2

    return K


kept = []
refs = []
total = 0
for i in range(20000):
    K = make(i)
    total += K().m()
    refs.append(weakref.ref(K))
    if i % 5000 == 0:
        kept.append(K)
del K
gc.collect()
alive = [r() for r in refs if r() is not None]
print("made", len(refs), "alive", len(alive), "kept", len(kept), "total", total)
print(sorted(k.n for k in alive) == sorted(k.n for k in kept))
print(len(A.__subclasses__()), [k().m() for k in kept])
print(isinstance(kept[1](), A), issubclass(kept[2], B), B().hello())
