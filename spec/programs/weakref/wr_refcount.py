# weakref.getweakrefcount / getweakrefs / __weakref__ kept right while references are made, die
# and their referents die; many objects with many references each stay fast (pystm keeps an
# index by referent: a walk of every weak reference per call made this loop quadratic).
import gc
import weakref


class C:
    pass


objs = [C() for _ in range(20000)]
refs = []
for i, o in enumerate(objs):
    for _ in range(i % 3):
        refs.append(weakref.ref(o, lambda r: None))
print(sum(weakref.getweakrefcount(o) for o in objs), len(refs))
print([weakref.getweakrefcount(o) for o in objs[:7]])
print(all(len(weakref.getweakrefs(o)) == i % 3 for i, o in enumerate(objs)))
print(sum(1 for o in objs if o.__weakref__ is not None))

a = C()
r1 = weakref.ref(a)
r2 = weakref.ref(a, print)
print(weakref.getweakrefcount(a), r1 in weakref.getweakrefs(a), r2 in weakref.getweakrefs(a))
del r2
gc.collect()
print(weakref.getweakrefcount(a))
b = C()
r3 = weakref.ref(b)
del b
gc.collect()
print(weakref.getweakrefcount(a), r3() is None)
del objs[:10000]
refs.clear()
gc.collect()
print(sum(weakref.getweakrefcount(o) for o in objs))
print(weakref.getweakrefcount(1), weakref.getweakrefs(1))
