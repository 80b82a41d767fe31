# super(type, obj) skips part of the MRO; super(type, type) works for classmethods.
class A:
    def f(self): return "A.f"
    @classmethod
    def c(cls): return "A.c " + cls.__name__
class B(A):
    def f(self): return "B.f"
    @classmethod
    def c(cls): return "B.c>" + super().c()
class C(B):
    def f(self): return "C.f"
    @classmethod
    def c(cls): return "C.c>" + super(B, cls).c()
c = C()
print(super(C, c).f(), super(B, c).f())
print(C.c(), B.c())
print(super(C, C).c())
s = super(B, c)
print(s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
try:
    super(C, A())
except TypeError as e:
    print(e)
