# weakref.proxy: attributes, operators and calls go to the referent; ReferenceError once it died.
import gc
import weakref


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))

    def __radd__(self, o):
        return Num(o + self.v)

    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, Num) else o)

    def __eq__(self, o):
        return self.v == (o.v if isinstance(o, Num) else o)

    def __len__(self):
        return self.v

    def __getitem__(self, i):
        return i * self.v

    def __iter__(self):
        return iter(range(self.v))

    def __str__(self):
        return f'Num {self.v}'

    def __bool__(self):
        return self.v != 0

    def __contains__(self, x):
        return x == self.v

    def double(self):
        return self.v * 2

    __hash__ = object.__hash__


n = Num(3)
p = weakref.proxy(n)
print(type(p) is weakref.ProxyType, type(p).__name__, weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
print(p.v, p.double(), (p + 1).v, (1 + p).v, p < 5, p == 3, p == Num(3), len(p), p[4], list(p), str(p), bool(p), 3 in p)
p.w = 10
print(n.w, getattr(p, 'w'), hasattr(p, 'nope'))
del p.w
print(hasattr(n, 'w'), weakref.getweakrefcount(n))
try:
    hash(p)
except TypeError:
    print('unhashable proxy')


def f(x, y=2):
    return x * y


cp = weakref.proxy(f)
print(type(cp) is weakref.CallableProxyType, cp(4), cp(4, y=5))

got = []
p2 = weakref.proxy(n, lambda q: got.append(q is p2))
print(weakref.getweakrefcount(n))
del n
gc.collect()
print(got)
for op in (lambda: p.v, lambda: p + 1, lambda: len(p), lambda: str(p), lambda: p.double()):
    try:
        op()
        print('alive?')
    except ReferenceError as e:
        print('ReferenceError:', e)
try:
    weakref.proxy(5)
except TypeError as e:
    print('TypeError:', e)
