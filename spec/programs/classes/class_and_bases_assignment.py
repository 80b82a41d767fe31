# __class__ assignment only between Python classes; __bases__ assignment with its checks, the MRO of
# every class below recomputed (diamonds included); str subclasses as __slots__ names.
class C(object): pass
class D(object): pass
class E(object): pass
class F(D, E): pass
for cls in C, D, E, F:
    for cls2 in C, D, E, F:
        x = cls(); x.__class__ = cls2; assert x.__class__ is cls2
def cant(x, C):
    try:
        x.__class__ = C
    except TypeError as e:
        print('TypeError', e)
    else:
        print('allowed', type(x).__name__, C)
cant(C(), list); cant(list(), C); cant(C(), 1); cant(C(), object); cant(object(), list); cant(list(), object)
cant(True, int); cant(2, bool)
class SubStr(str): pass
class S:
    __slots__ = [SubStr('a'), 'b']
s = S(); s.a = 1; s.b = 2; print(s.a, s.b)
class X0: pass
class X(X0): pass
class Y(X): pass
class Z(Y): pass
class W(X0):
    def w(self): return 'w'
z = Z()
X.__bases__ = (W,)
print(z.w(), [k.__name__ for k in Z.__mro__], W.__subclasses__())
for bad in [(), 5, (5,), (Z,), (type(None),), (int,)]:
    try:
        Y.__bases__ = bad
        print('ok', Y.__bases__)
    except TypeError as e:
        print('TypeError', e)
try: int.__bases__ = (object,)
except TypeError as e: print('TypeError', e)
try: del Y.__bases__
except TypeError as e: print('TypeError', e)
print([k.__name__ for k in Z.__mro__])
class A0: pass
class A1(A0): pass
class B1(A1): pass
class C1(A1): pass
class D1(B1, C1): pass
class N(A0):
    def n(self): return 'n'
A1.__bases__ = (N,)
print([k.__name__ for k in D1.__mro__], D1().n())
