# weakref.proxy(o) without a callback is shared, as the plain weakref.ref(o) (CPython reuses both);
# getweakrefs lists the plain ref first; a proxy to a non-iterator raises CPython's TypeError.
import weakref


class Obj:
    pass


o = Obj()
p1 = weakref.proxy(o)
r1 = weakref.ref(o)
p2 = weakref.proxy(o, None)
print(p1 is p2, r1 is weakref.ref(o, None))
p3 = weakref.proxy(o, lambda p: None)
print(p3 is p1)


class MyRef(weakref.ref):
    pass


o2 = Obj()
m1 = MyRef(o2)
plain = weakref.ref(o2)
print(weakref.getweakrefs(o2)[0] is plain, len(weakref.getweakrefs(o2)))


class A:
    def __iter__(self):
        return weakref.proxy(not_an_iterator)


def not_an_iterator():
    return 0


try:
    list(A())
except TypeError as e:
    print(e)
