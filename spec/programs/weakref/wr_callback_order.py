# The callbacks of the weak references to one dying object run newest first (CPython prepends
# each new reference to the object's list), object after object; young objects (cleared by a
# minor collection) and old ones (cleared by the major collection gc.collect() runs) alike.
import gc
import weakref


class A:
    pass


out = []


def watch(obj, tag):
    return weakref.ref(obj, lambda r: out.append(tag))


# young objects
a = A(); b = A()
refs = [watch(a, 'a1'), watch(b, 'b1'), watch(a, 'a2'), watch(b, 'b2'), watch(a, 'a3')]
del a, b
gc.collect()
print(out)
out.clear()

# old objects: they survived a collection before their references were made
c = A(); d = A()
gc.collect()
refs = [watch(c, 'c1'), watch(c, 'c2'), watch(d, 'd1'), watch(c, 'c3'), watch(d, 'd2')]
del c, d
gc.collect()
print(out)
out.clear()

# a cycle dies as a whole
e = A(); f = A()
e.other = f; f.other = e
refs = [watch(e, 'e1'), watch(f, 'f1'), watch(e, 'e2'), watch(f, 'f2')]
del e, f
gc.collect()
print(out)
out.clear()

# a reference without a callback in between changes nothing; a dead reference does not call back
g = A()
refs = [watch(g, 'g1'), weakref.ref(g), watch(g, 'g2')]
dropped = watch(g, 'never')
del dropped
refs.append(watch(g, 'g3'))
del g
gc.collect()
print(out)
