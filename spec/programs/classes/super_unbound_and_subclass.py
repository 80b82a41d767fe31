# super(C) unbound, bound through the class attribute it is stored in; subclasses of super;
# super objects' attributes and errors.
class A:
    def f(self): return 'A'
    @classmethod
    def c(cls): return 'Ac' + cls.__name__
class B(A):
    def f(self): return 'B' + super().f()
    @classmethod
    def c(cls): return 'Bc' + super().c()
print(B().f(), B.c(), super(B, B()).f(), super(B, B).c())
s = super(B)
print(s.__thisclass__, s.__self__, s.__self_class__, repr(s))
try: super(B, 5)
except TypeError as e: print(e)
try: super(5)
except TypeError as e: print(e)
class mysuper(super):
    pass
class C(B):
    def f(self): return 'C' + mysuper(C, self).f()
print(C().f(), type(mysuper(C, C())).__name__)
class D(A):
    def f(self):
        return 'D' + self.__sup.f()
D._D__sup = super(D)
print(D().f())
class mysuper2(super):
    def __init__(self, *args):
        return super(mysuper2, self).__init__(*args)
class E(A):
    def f(self):
        return 'E' + mysuper2(E, self).f()
class F(E):
    def f(self):
        s = self.__sup
        return 'F[%s]' % s.__class__.__name__ + s.f()
F._F__sup = mysuper2(F)
print(E().f(), F().f())
