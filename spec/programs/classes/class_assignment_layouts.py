# obj.__class__ = C between classes of compatible instance layouts only (CPython's
# compatible_for_assignment: the same solid base, or the same slots/__dict__/__weakref__ added to it);
# __slots__ are sorted (type_new_copy_slots), so a slot name keeps its place across such classes.
class H(object):
    __slots__ = ["b", "a", "__dict__", "_H__z", "__y"]
print(list(H.__dict__), H.__slots__)
class G(object):
    __slots__ = ["a", "b"]
class I(object):
    __slots__ = ["b", "a"]
x = G(); x.a = 1; x.b = 2
x.__class__ = I
print(x.a, x.b)
class G(object):
    __slots__ = ["a", "b"]
class H(object):
    __slots__ = ["b", "a"]
class I(object):
    __slots__ = ["a", "b"]
class J(object):
    __slots__ = ["c", "b"]
class K(object):
    __slots__ = ["a", "b", "d"]
class L(H):
    __slots__ = ["e"]
class M(I):
    __slots__ = ["e"]
class N(J):
    __slots__ = ["__weakref__"]
class P(J):
    __slots__ = ["__dict__"]
class Q(J):
    pass
class R(J):
    __slots__ = ["__dict__", "__weakref__"]
class Int(int): __slots__ = []
class A: pass
class B: pass
class A2(A): pass
class S(A): __slots__ = ()
class E1(ValueError): pass
class E2(TypeError): pass
class E3(ValueError): pass
class D1(dict): pass
class D2(dict): pass
class L1(list): pass
names = dict(G=G, H=H, I=I, J=J, K=K, L=L, M=M, N=N, P=P, Q=Q, R=R, Int=Int, A=A, B=B, A2=A2, S=S, E1=E1, E2=E2, E3=E3, D1=D1, D2=D2, L1=L1)
for n1, c1 in names.items():
    row = []
    for n2, c2 in names.items():
        try:
            x = c1()
        except Exception:
            row.append('?'); continue
        try:
            x.__class__ = c2
            row.append('Y')
        except TypeError:
            row.append('.')
    print(f'{n1:4}', ''.join(row))
