# A subclass's reflected method is tried first when it overrides the parent's.
class A:
    def __add__(self, o): return "A.add"
    def __radd__(self, o): return "A.radd"
    def __lt__(self, o): return "A.lt"
    def __gt__(self, o): return "A.gt"
class B(A):
    def __radd__(self, o): return "B.radd"
    def __gt__(self, o): return "B.gt"
class C(A):
    pass
print(A() + B(), B() + A(), A() + C(), C() + A())
print(A() < B(), B() < A(), A() < C())
class N:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return "N.radd"
print(1 + N())
for f in (lambda: N() + N(), lambda: N() + 1):
    try:
        f()
    except TypeError as e:
        print(e)
