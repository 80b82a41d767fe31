# __get__ receives (None, owner) for class access; functions are descriptors too.
class Show:
    def __get__(self, obj, owner):
        return (obj is None, owner.__name__)
class A:
    s = Show()
class B(A): pass
print(A.s, B.s, A().s, B().s)
def f(self, x): return (self, x)
bound = f.__get__(1, int)
print(bound(2), f.__get__(None, int) is f)
class M:
    def meth(self): return "m"
m = M()
bm = m.meth
print(bm.__self__ is m, bm.__func__ is M.meth, bm(), M.meth(m), bm == m.meth, type(bm).__name__)
print(M.__dict__["meth"].__get__(m, M)())
