# Metaclass selection: the most derived metaclass wins, incompatible ones conflict.
class M1(type): pass
class M2(type): pass
class M1a(M1): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
class C(metaclass=M1a): pass
class D(A, C): pass
print(type(D).__name__)
try:
    class E(A, B): pass
except TypeError as e:
    print(e)
class F(A, metaclass=type): pass
print(type(F).__name__)
