# `C(...)` with a Python __init__ runs as a frame of that __init__, and whether a class qualifies
# is kept per class (vm/interp/inline_init.ts): every change below comes after the call site ran
# hundreds of times, and each must be seen at the next call.
import abc
import gc


class P:
    def __init__(self, x, y=2):
        self.x = x
        self.y = y


def make(cls, i):
    return cls(i)


def warm(cls, n=300):
    r = None
    for i in range(n):
        r = make(cls, i)
    return r


p = warm(P)
print(type(p).__name__, p.x, p.y)

# __init__ replaced on the class
def init2(self, x, y=5):
    self.x = -x
    self.y = y
P.__init__ = init2
p = make(P, 3)
print('replaced', p.x, p.y)

# __init__ deleted: object's __init__ takes no arguments
del P.__init__
try:
    make(P, 1)
except TypeError as e:
    print('deleted', e)
print('no args', type(P()).__name__)

# a __init__ added back, then a __new__ override
def init3(self, x):
    self.x = x * 10
P.__init__ = init3
print('added', warm(P).x)


def new(cls, *args):
    o = object.__new__(cls)
    o.made_by_new = True
    return o
P.__new__ = new
p = make(P, 4)
print('new', p.x, p.made_by_new)

# __init__ returning something other than None
class R:
    def __init__(self, x):
        self.x = x
        if x == 250:
            return x
warm(R, 200)
try:
    warm(R, 300)
except TypeError as e:
    print('returned', e)

# argument errors of a warm site, in CPython's words
class A2:
    def __init__(self, a, b):
        self.a = a
        self.b = b
for i in range(300):
    A2(i, i)
for args in [(1,), (1, 2, 3), ()]:
    try:
        A2(*args)
    except TypeError as e:
        print('args', e)
try:
    A2(1, c=2)
except TypeError as e:
    print('kw', e)
try:
    A2(1, 2, a=3)
except TypeError as e:
    print('kw', e)
print('kw ok', A2(b=1, a=2).a)

# a subclass overriding __init__ after its base was warm; the base's __init__ made a lambda, a
# staticmethod-free callable object, and a function defined at run time (young, not yet collected)
class Base:
    def __init__(self, v):
        self.v = v
class Sub(Base):
    pass
warm(Base); warm(Sub)
def sub_init(self, v):
    Base.__init__(self, v + 1000)
Sub.__init__ = sub_init
print('sub', make(Sub, 1).v, make(Base, 1).v)
Base.__init__ = lambda self, v: setattr(self, 'v', ('lambda', v))
print('lambda', make(Base, 2).v, make(Sub, 2).v)


class CallableInit:
    def __call__(self, inst, v):
        inst.v = ('callable', v)
class Q:
    def __init__(self, v):
        self.v = v
warm(Q)
Q.__init__ = CallableInit()
try:
    make(Q, 1)
except TypeError as e:
    print('callable object', e)
for i in range(3):
    ns = {}
    exec('def f(self, v):\n    self.v = (%d, v)\n' % i, ns)
    Q.__init__ = ns['f']
    print('young', make(Q, 7).v)
gc.collect()
print('after collect', make(Q, 8).v, warm(Q).v)

# an abstract class: the same error from a warm site
class Abs(abc.ABC):
    def __init__(self, x):
        self.x = x
class Concrete(Abs):
    pass
warm(Concrete)
Concrete.go = abc.abstractmethod(lambda self: None)
Concrete.__abstractmethods__ = frozenset({'go'})
try:
    make(Concrete, 1)
except TypeError as e:
    print('abstract', e)
Concrete.__abstractmethods__ = frozenset()
print('concrete again', make(Concrete, 5).x)

# a metaclass with __call__, and one without
class Meta(type):
    def __call__(cls, *a):
        o = super().__call__(*a)
        o.meta = True
        return o
class M(metaclass=Meta):
    def __init__(self, x):
        self.x = x
m = warm(M)
print('meta call', m.x, m.meta)
class Meta2(type):
    pass
class M2(metaclass=Meta2):
    def __init__(self, x):
        self.x = x
print('meta plain', warm(M2).x)

# __class__ assignment between two classes with their own __init__
class K1:
    def __init__(self, x):
        self.x = ('K1', x)
class K2:
    def __init__(self, x):
        self.x = ('K2', x)
k = warm(K1)
k.__class__ = K2
print('class assigned', type(k).__name__, k.x, make(K1, 1).x, make(K2, 1).x)

# __init__'s __code__ swapped under a warm site
class W:
    def __init__(self, x):
        self.x = x
warm(W)
def other(self, x, y=3):
    self.x = (x, y)
W.__init__.__code__ = other.__code__
W.__init__.__defaults__ = (3,)
print('code swapped', make(W, 1).x)

# a recursion through __init__ stops with RecursionError
class Deep:
    def __init__(self, n):
        self.child = Deep(n + 1)
try:
    Deep(0)
except RecursionError as e:
    print('recursion', type(e).__name__)


# a traceback through an inlined __init__
class Boom:
    def __init__(self, x):
        self.x = 1 / x
warm(Boom)
import traceback
try:
    make(Boom, 0)
except ZeroDivisionError:
    tb = traceback.format_exc().splitlines()
    print('\n'.join(l for l in tb if not l.startswith('  File') or 'init_inline_cache' in l).replace(__file__, 'FILE'))
