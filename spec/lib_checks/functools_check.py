# Exercises functools; output is compared between CPython's functools and pystm's
# lib/functools.py.
import functools
from functools import (reduce, partial, partialmethod, wraps, update_wrapper, total_ordering,
                       cmp_to_key, lru_cache, cache, cached_property, singledispatch)
import collections.abc


def attempt(label, fn, *args, **kw):
    try:
        print(label, '->', repr(fn(*args, **kw)))
    except Exception as e:
        print(label, '!!', type(e).__name__, str(e))


def add(a, b):
    return a + b


# reduce
print(reduce(add, [1, 2, 3, 4]), reduce(add, [1, 2, 3], 10), reduce(add, [], 5), reduce(add, ['a']), reduce(add, 'xyz'))
print(reduce(lambda a, b: a * b, range(1, 8)), reduce(add, iter([[1], [2]]), []))
attempt('reduce empty', reduce, add, [])
attempt('reduce not iterable', reduce, add, 1)
attempt('reduce not callable', reduce, 1, [1, 2])
attempt('reduce one not callable', reduce, 1, [1])

# partial
p = partial(max, 1, key=abs)
print(repr(p), p(-5, 3), p.func is max, p.args, p.keywords)
p2 = partial(p, 7)
print(repr(p2), p2.args, p2(-9))
p3 = partial(int, base=2)
print(p3('101'), p3('11', base=10), repr(p3), repr(partial(pow)))
attempt('partial not callable', partial, 1)
attempt('partial no args', partial)
attempt('partial readonly', setattr, p, 'func', min)
p.attr = 5
print(p.attr, repr(partial(p, 2)), partial(p, 2).func is p)


class MyPartial(partial):
    pass


mp = MyPartial(pow, 2)
print(repr(mp), mp(2), type(partial(mp, 1)).__name__, partial(mp, 1).func is pow)


def show(*args, **kw):
    return (args, sorted(kw.items()))


print(partial(show, 1, a=2)(3, b=4), partial(show, a=1)(a=5))


class Cell:
    def __init__(self):
        self.v = None

    def set(self, v, tag=''):
        self.v = (v, tag)
        return self

    set_one = partialmethod(set, 1)
    set_tag = partialmethod(set, tag='T')

    @classmethod
    def make(cls, a, b):
        return (cls.__name__, a, b)

    make_a = partialmethod(make, 'A')


c = Cell()
print(c.set_one().v, c.set_tag(5).v, Cell.make_a('B'), c.make_a('C'), c.set_one(tag='x').v)
attempt('partialmethod bad', partialmethod, 1)


# wraps / update_wrapper
def deco(f):
    @wraps(f)
    def inner(*a, **k):
        return f(*a, **k)
    return inner


@deco
def documented(x: int) -> int:
    """Doc of documented."""
    return x * 2


documented.extra = 'no'
print(documented.__name__, documented.__doc__, documented.__annotations__, documented.__wrapped__.__name__, documented(4))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


def src():
    pass


src.custom = 1


def dst():
    pass


update_wrapper(dst, src, assigned=('__name__',), updated=('__dict__',))
print(dst.__name__, dst.custom, dst.__wrapped__ is src)


class NoAttrs:
    def __call__(self):
        pass


def dst2():
    pass


update_wrapper(dst2, NoAttrs())
print(dst2.__name__, dst2.__doc__)


# total_ordering
@total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n == other.n

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n < other.n


a, b = Version(1), Version(2)
print(a < b, a > b, a <= b, a >= b, a <= Version(1), b >= a, Version.__gt__.__name__)
attempt('compare int', lambda: a > 1)


@total_ordering
class Rev:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __ge__(self, other):
        return self.n >= other.n


print(Rev(1) < Rev(2), Rev(2) <= Rev(2), Rev(3) > Rev(2), Rev(1) > Rev(1))


@total_ordering
class Gt:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __gt__(self, other):
        return self.n > other.n


@total_ordering
class Le:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __le__(self, other):
        return self.n <= other.n


print(Gt(1) < Gt(2), Gt(2) >= Gt(2), Gt(1) <= Gt(0), Le(1) < Le(2), Le(2) > Le(1), Le(2) >= Le(3))


def no_order():
    @total_ordering
    class X:
        pass


attempt('total_ordering none', no_order)

# cmp_to_key
print(sorted([3, 1, 2], key=cmp_to_key(lambda x, y: y - x)), sorted('bca', key=cmp_to_key(lambda x, y: (x > y) - (x < y))))
K = cmp_to_key(lambda x, y: x - y)
print(K(1) < K(2), K(1) == K(1), K(2) >= K(3), K(1) <= K(1), K(5) > K(4), K(1).obj)

# lru_cache
calls = []


@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x


print([sq(i) for i in (1, 2, 1, 3, 2, 1, 1)], calls, sq.cache_info(), sq.cache_parameters())
print(sq.cache_info().hits, sq.cache_info()._fields, type(sq.cache_info()).__name__, sq.__wrapped__(9), sq.__name__)
sq.cache_clear()
print(sq.cache_info())


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info(), fib.cache_parameters())


@lru_cache(maxsize=None)
def ident(*a, **k):
    calls.append((a, sorted(k.items())))
    return len(calls)


ident(1)
ident(1)
ident(1.0)
ident(1, x=2)
ident(1, x=2)
print(ident.cache_info())


@lru_cache(maxsize=10, typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed(True), typed.cache_info(), typed.cache_parameters())


@lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1)
nocache(1)
print(nocache.cache_info())


@lru_cache(maxsize=-5)
def negcache(x):
    return x


negcache(1)
print(negcache.cache_info(), negcache.cache_parameters())
attempt('lru bad maxsize', lru_cache, 'a')
attempt('unhashable arg', sq, [1])


class Obj:
    @lru_cache(maxsize=None)
    def method(self, x):
        return x + 1


o = Obj()
print(o.method(1), o.method(1), Obj.method.cache_info())


@cache
def cached(x):
    return [x]


print(cached(1) is cached(1), cached.cache_info(), cached.cache_parameters())


# cached_property
class Data:
    def __init__(self):
        self.count = 0

    @cached_property
    def value(self):
        """The value."""
        self.count += 1
        return 42


d = Data()
print(d.value, d.value, d.count, 'value' in d.__dict__, Data.value.__doc__, Data.value.attrname)
del d.value
print(d.value, d.count)
d.value = 5
print(d.value)


class Slotted:
    __slots__ = ('a',)

    @cached_property
    def value(self):
        return 1


attempt('cached_property slots', lambda: Slotted().value)


def two_names():
    cp = cached_property(lambda self: 1)

    class T:
        a = cp
        b = cp


attempt('cached_property two names', two_names)
loose = cached_property(lambda self: 1)
attempt('cached_property no set_name', loose.__get__, Data(), Data)


# singledispatch
@singledispatch
def describe(x):
    return 'object'


@describe.register(int)
def _(x):
    return 'int'


@describe.register
def _(x: str):
    return 'str'


@describe.register
def _(x: list | tuple):
    return 'list or tuple'


def for_float(x):
    return 'float'


describe.register(float, for_float)


@describe.register(collections.abc.Mapping)
def _(x):
    return 'mapping'


class MyInt(int):
    pass


print(describe(1), describe(True), describe(MyInt()), describe('s'), describe([1]), describe((1,)), describe(1.5))
print(describe({}), describe(collections.OrderedDict()), describe(None), describe(b''))
print(describe.dispatch(bool).__name__, describe.registry[object].__name__, object in describe.registry)
print(describe.__name__, describe.__wrapped__.__name__)
attempt('dispatch no args', describe)


def bad_register():
    @describe.register
    def _(x):
        return 1


def attempt_type(label, fn, *args):
    try:
        fn(*args)
        print(label, 'no error')
    except Exception as e:
        print(label, '!!', type(e).__name__, str(e).split(':')[0], str(e).split('.')[-1])


attempt_type('register unannotated', bad_register)
attempt_type('register non-class annotation', describe.register, lambda x: 1)


class Meth:
    @functools.singledispatchmethod
    def handle(self, arg):
        return 'default'

    @handle.register
    def _(self, arg: int):
        return 'int %d' % arg

    @handle.register(str)
    def _(self, arg):
        return 'str ' + arg


m = Meth()
print(m.handle(1), m.handle('x'), m.handle(1.5))
