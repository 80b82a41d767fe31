# collections.deque iteration: "deque mutated during iteration" from iterators, count, index,
# `in` and remove (IndexError), when a mutation happens meanwhile; what does not count as one.
from collections import deque


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for change in ('append', 'appendleft', 'pop', 'popleft', 'rotate', 'clear', 'extend'):
    d = deque([1, 2, 3])
    it = iter(d)
    next(it)
    getattr(d, change)(*([9] if change in ('append', 'appendleft') else [[9]] if change == 'extend' else []))
    t(lambda: next(it))
    t(lambda: next(it))

d = deque([1, 2, 3]); it = iter(d); next(it); d[0] = 5; print(next(it), list(it))
d = deque([1, 2, 3]); it = iter(d); next(it); d.reverse(); print(next(it))
d = deque([1, 2, 3]); it = reversed(d); print(next(it)); d.append(4); t(lambda: next(it))
d = deque([1, 2, 3]); it = iter(d); print(list(it), list(it)); d.append(4); t(lambda: next(it))
print(iter(deque('abc')).__length_hint__(), reversed(deque('ab')).__length_hint__())


class Mutator:
    def __eq__(self, other):
        d.append(1)
        return False


for name in ('remove', 'count', 'index', '__contains__'):
    d = deque([1, 2, 3])
    t(lambda: getattr(d, name)(Mutator()))


class Eq:
    calls = 0

    def __eq__(self, other):
        Eq.calls += 1
        return other == 2


d = deque([1, 2, 3, 2])
print(d.count(Eq()), d.index(Eq()), Eq() in d, Eq.calls)
d.remove(Eq()); print(d)
for x in deque(range(3)):
    print(x, end=' ')
print()
