# copy.copy/deepcopy of a slotted object: slot values (mangled names too) are copied, and the
# class caches its slot names as __slotnames__ as CPython's reduce does.
import copy
class P:
    __slots__ = ('a', '__b')
class C(P):
    __slots__ = ('c', '__weakref__')
x = C(); x.a = 1; x._P__b = 2; x.c = 3
print('__slotnames__' in C.__dict__)
y = copy.copy(x)
print(y.a, y._P__b, y.c)
print(C.__dict__.get('__slotnames__'))
z = copy.deepcopy(x)
print(z.a, z._P__b, z.c)
class D:
    pass
copy.copy(D())
print('__slotnames__' in D.__dict__, D.__dict__.get('__slotnames__'))
