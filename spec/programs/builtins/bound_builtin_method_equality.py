# Bound builtin methods compare equal when they bind the same object to the same function,
# and hash alike (CPython's meth_richcompare / meth_hash).
l = []
print(l.append == l.append, l.append != l.append, hash(l.append) == hash(l.append))
print([].append == [].append)
class A:
    def m(self): pass
a = A()
print(a.m == a.m, a.m == A().m, hash(a.m) == hash(a.m))
print(a.__init__ == a.__init__, (1).__add__ == (1).__add__, str.upper == str.upper, 'x'.upper == 'x'.upper)
print(a.__eq__ == a.__eq__)
import math
print(math.sin == math.sin)
print(len(set([l.append, l.append, l.extend])), {l.append: 1}[l.append])
