# superinstruction pairs: LOAD_FAST+LOAD_METHOD on shadowing instance attrs, LOAD_FAST+STORE_ATTR
# with properties and slots, `is` jumps, LOAD_CONST+RETURN in __init__ and generators
class A:
    __slots__ = ('v',)
    def m(self): return 1
class B:
    def m(self): return 2
    @property
    def p(self): return self._p
    @p.setter
    def p(self, v): self._p = v * 2
def f(o):
    o.m = lambda: 3
    return o.m()
b = B()
print(f(b), B().m())
def g(o, x):
    o.p = x
    return o.p
print(g(B(), 4))
a = A()
def h(o, x):
    o.v = x
    return o.v
print(h(a, 5), a.m())
def isj(x):
    if x is None: return "none"
    if x is not None: return "some"
print(isj(None), isj(0))
class C:
    def __init__(self): return None
print(type(C()).__name__)
def gen():
    yield 1
    return 7
it = gen(); next(it)
try: next(it)
except StopIteration as e: print(e.value)
try:
    def u():
        del_me = 1
        del del_me
        return del_me.x
    u()
except UnboundLocalError as e: print("unbound")
