# Exercises collections.abc; output is compared between CPython's collections.abc and pystm's
# lib/collections/abc.py (with lib/abc.py).
from collections import abc as cabc
from collections.abc import (Iterable, Iterator, Sized, Container, Callable, Hashable, Sequence,
                             MutableSequence, Mapping, MutableMapping, Set, MutableSet, Generator,
                             Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator,
                             Reversible, Collection, KeysView, ItemsView, ValuesView, MappingView,
                             ByteString)


def attempt(label, fn, *args, **kw):
    try:
        print(label, '->', repr(fn(*args, **kw)))
    except Exception as e:
        print(label, '!!', type(e).__name__, str(e))


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


c = coro()
ag = agen()

abcs = [Iterable, Iterator, Sized, Container, Callable, Hashable, Sequence, MutableSequence, Mapping,
        MutableMapping, Set, MutableSet, Generator, Awaitable, Coroutine, AsyncIterable, AsyncIterator,
        AsyncGenerator, Reversible, Collection, KeysView, ItemsView, ValuesView, MappingView, ByteString]
samples = [('int', 1), ('str', 'ab'), ('bytes', b'x'), ('bytearray', bytearray()), ('list', [1]),
           ('tuple', (1,)), ('dict', {1: 2}), ('set', {1}), ('frozenset', frozenset()),
           ('range', range(3)), ('memoryview', memoryview(b'a')), ('gen', gen()), ('coro', c),
           ('agen', ag), ('list_iter', iter([1])), ('dict_keys', {}.keys()), ('dict_values', {}.values()),
           ('dict_items', {}.items()), ('func', len), ('lambda', lambda: 0), ('type', int), ('None', None),
           ('mappingproxy', type.__dict__), ('str_iter', iter('ab')), ('zip', zip()), ('object', object())]
for name, value in samples:
    print(name, ''.join(['1' if isinstance(value, a) else '0' for a in abcs]))
c.close()
for name, value in samples:
    print('sub', name, ''.join(['1' if issubclass(type(value), a) else '0' for a in abcs]))


class OnlyIter:
    def __iter__(self):
        return iter([])


class NoHash:
    __hash__ = None


class NotIter(OnlyIter):
    __iter__ = None


class Fake:
    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())

    def __contains__(self, x):
        return False


print(isinstance(OnlyIter(), Iterable), isinstance(OnlyIter(), Iterator), isinstance(NoHash(), Hashable))
print(isinstance(NotIter(), Iterable), isinstance(Fake(), Collection), isinstance(Fake(), Sequence))
print(issubclass(list, Sequence), issubclass(list, Hashable), issubclass(tuple, Hashable))
attempt('issubclass non-class', issubclass, 1, Iterable)
attempt('instantiate Sequence', Sequence)
attempt('instantiate MutableMapping', MutableMapping)
print(sorted(MutableSequence.__abstractmethods__), sorted(MutableMapping.__abstractmethods__))
print(sorted(Set.__abstractmethods__), sorted(MutableSet.__abstractmethods__), sorted(Generator.__abstractmethods__))
print(sorted(Coroutine.__abstractmethods__), sorted(AsyncGenerator.__abstractmethods__), sorted(Callable.__abstractmethods__))
print(Set.__hash__, Mapping.__hash__, Mapping.__reversed__)


class MySeq(Sequence):
    def __init__(self, *items):
        self.items = list(items)

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


s = MySeq(1, 2, 3, 2, 1)
print(list(s), list(reversed(s)), 2 in s, 5 in s, s.index(2), s.index(2, 2), s.count(1), s.count(9))
print(s.index(1, -2), s.index(3, 0, 3))
attempt('index missing', s.index, 9)
attempt('index out of window', s.index, 3, 0, 2)
print(isinstance(s, Reversible), isinstance(s, Collection), isinstance(s, MutableSequence))


class MyList(MutableSequence):
    def __init__(self, items=()):
        self.items = list(items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __len__(self):
        return len(self.items)

    def insert(self, i, v):
        self.items.insert(i, v)

    def __repr__(self):
        return 'MyList(%r)' % self.items


m = MyList([3, 1, 2])
m.append(4)
m.extend([5, 6])
m.extend(m)
print(m)
m.reverse()
print(m, m.pop(), m.pop(0))
m.remove(4)
print(m)
m += [7]
print(m)
attempt('remove missing', m.remove, 99)
m.clear()
print(m, len(m))
attempt('pop empty', m.pop)


class MyMap(Mapping):
    def __repr__(self):
        return 'MyMap(%r)' % self.d

    def __init__(self, d):
        self.d = dict(d)

    def __getitem__(self, k):
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


mm = MyMap({'a': 1, 'b': 2})
print(mm.get('a'), mm.get('z'), mm.get('z', 0), 'a' in mm, 'z' in mm)
print(list(mm.keys()), list(mm.items()), list(mm.values()))
print(mm.keys(), mm == {'a': 1, 'b': 2}, mm == {'a': 1}, mm != MyMap({'b': 2, 'a': 1}), mm == 5)
print(repr(mm.items())[:10], len(mm.values()), ('a', 1) in mm.items(), ('a', 2) in mm.items(), 2 in mm.values())
print(sorted(mm.keys() & {'a', 'c'}), sorted(mm.keys() | {'c'}), sorted(mm.keys() - {'a'}), sorted(mm.keys() ^ {'a', 'z'}))
print(mm.keys() == {'a', 'b'}, mm.keys() < {'a', 'b', 'c'}, mm.keys() <= {'a'}, mm.keys().isdisjoint(['x']))
print(sorted(mm.items() & {('a', 1)}), isinstance(mm.keys(), Set), isinstance(mm.values(), Set))
print(KeysView({'x': 1}), ItemsView({}), ValuesView({1: 2}), len(MappingView([1, 2])))


class MyDict(MutableMapping):
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


md = MyDict()
md.update({'a': 1}, b=2)
md.update([('c', 3)])
md.update(MyMap({'d': 4}))
print(sorted(md.items()), md.setdefault('a', 9), md.setdefault('e', 5), md.pop('a'), md.pop('zz', 'dflt'))
attempt('pop missing', md.pop, 'zz')
print(md.popitem(), len(md))
md.clear()
attempt('popitem empty', md.popitem)


class MySet(Set):
    def __init__(self, items=()):
        self.items = []
        for i in items:
            if i not in self.items:
                self.items.append(i)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def __repr__(self):
        return 'MySet(%r)' % sorted(self.items)

    __hash__ = Set._hash


a = MySet([1, 2, 3])
b = MySet([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a <= b, a < MySet([1, 2, 3, 4]), a >= MySet([1]), a > a, a == MySet([3, 2, 1]))
print(a & [1, 5], a | [9], a - [1], a ^ [1, 7], a.isdisjoint([5]), a.isdisjoint([1]))
print([1, 2] & a, [5] | a, {1, 2, 9} - a, [5, 1] - a, {7} ^ a)
print(hash(a) == hash(MySet([3, 1, 2])), a == {1, 2, 3}, {1, 2, 3} == a, a <= {1, 2, 3, 4})
attempt('set and int', lambda: a & 1)
attempt('set lt int', lambda: a < 1)


class MyMutSet(MutableSet):
    def __init__(self, items=()):
        self.s = set(items)

    def __contains__(self, x):
        return x in self.s

    def __iter__(self):
        return iter(sorted(self.s))

    def __len__(self):
        return len(self.s)

    def add(self, x):
        self.s.add(x)

    def discard(self, x):
        self.s.discard(x)

    def __repr__(self):
        return 'MyMutSet(%r)' % sorted(self.s)


ms = MyMutSet([1, 2, 3])
ms |= [4, 5]
print(ms)
ms &= [1, 2, 3, 4]
print(ms)
ms ^= [4, 9]
print(ms)
ms -= [9]
print(ms)
ms.remove(1)
print(ms, ms.pop())
attempt('remove missing', ms.remove, 42)
ms ^= ms
print(ms)
ms.add(3)
ms -= ms
print(ms)
attempt('pop empty set', ms.pop)


class MyGen(Generator):
    def __init__(self):
        self.n = 0

    def send(self, v):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n

    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)


print(list(MyGen()), isinstance(MyGen(), Iterator))
attempt('gen throw', MyGen().throw, ValueError, ValueError('boom'))
attempt('gen throw type', MyGen().throw, KeyError)
print(MyGen().close())


class Swallow(Generator):
    def send(self, v):
        return 1

    def throw(self, *a):
        return 2


attempt('close ignored', Swallow().close)
print(list(Iterable.__abstractmethods__), Iterator.__iter__(iter([])) is not None)
print(repr(Iterable[int]), repr(Mapping[str, int]), repr(Sequence[int]))
print(ByteString.__mro__[1] is Sequence, issubclass(bytes, ByteString), issubclass(str, ByteString))
print(sorted(cabc.__all__))
