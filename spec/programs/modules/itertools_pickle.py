# itertools objects pickle and copy mid-iteration as in 3.11 (__reduce__/__setstate__): every
# protocol, copy.copy and copy.deepcopy, at several points of the iteration, exhausted ones too.
import copy
import operator
import pickle
from itertools import *


def take(it, n):
    return list(islice(it, n))


def keys(xs):
    return [x[0] if type(x) is tuple and len(x) == 2 and hasattr(x[1], '__next__') else x for x in xs]


def check(label, make, steps=(0, 1, 3, 100)):
    results = []
    for k in steps:
        it = make()
        head = take(it, k)
        clones = [pickle.loads(pickle.dumps(it, proto)) for proto in (0, 2, pickle.HIGHEST_PROTOCOL)]
        clones.append(copy.deepcopy(it))
        rest = keys(take(it, 6))
        same = all(keys(take(c, 6)) == rest for c in clones)
        results.append((k, same, keys(head)[-2:], rest))
    print(label, results)


check('count', lambda: count(3))
check('count float', lambda: count(1.5, 0.5))
check('count big', lambda: count(2 ** 70, -1))
check('cycle', lambda: cycle('abc'))
check('cycle empty', lambda: cycle(''))
check('repeat', lambda: repeat('r', 5))
check('repeat forever', lambda: repeat(7))
check('accumulate', lambda: accumulate(range(10)))
check('accumulate func', lambda: accumulate([3, 1, 4, 1, 5, 9, 2], max))
check('accumulate initial', lambda: accumulate([1, 2, 3], initial=100))


def second(a, b):
    return b


check('accumulate None total', lambda: accumulate([None, 1, 2], second))
check('chain', lambda: chain('ab', '', 'cde', 'f'))
check('from_iterable', lambda: chain.from_iterable(['ab', 'cd', 'e']))
check('compress', lambda: compress('abcdefgh', [1, 0, 1, 1, 0, 1]))
check('dropwhile', lambda: dropwhile(operator.not_, [0, 0, 1, 0, 2, 3]))
check('takewhile', lambda: takewhile(bool, [1, 2, 3, 0, 5]))
check('filterfalse', lambda: filterfalse(None, [0, 1, 0, 2, '', 'x']))
check('starmap', lambda: starmap(operator.add, [(1, 2), (3, 4), (5, 6)]))
check('islice', lambda: islice(range(100), 3, 40, 7))
check('islice none', lambda: islice('abcdefgh', None))
check('zip_longest', lambda: zip_longest('ab', 'wxyz', fillvalue='-'))
check('groupby', lambda: groupby('aabbbcdd'))
check('groupby key', lambda: groupby(range(12), operator.neg))
check('product', lambda: product('ab', range(3)))
check('product repeat', lambda: product('01', repeat=3))
check('product empty', lambda: product('ab', ''))
check('permutations', lambda: permutations('abcd', 2))
check('permutations all', lambda: permutations(range(4)))
check('combinations', lambda: combinations('abcde', 3))
check('combinations r>n', lambda: combinations('ab', 3))
check('cwr', lambda: combinations_with_replacement('abc', 3))
check('tee', lambda: tee('abcdefghij')[1])

# the reduce tuples themselves (no addresses: types and plain values only)
it = product('ab', 'cd')
next(it)
print(it.__reduce__())
it = permutations('abc', 2)
next(it), next(it)
print(it.__reduce__())
it = combinations('abcd', 2)
print(it.__reduce__())
next(it)
print(it.__reduce__())
list(it)
print(it.__reduce__())
it = combinations_with_replacement('ab', 2)
next(it)
print(it.__reduce__())
print(count(5).__reduce__(), count(5, 2).__reduce__(), repeat(1, 2).__reduce__(), repeat(1).__reduce__())
it = cycle(['a', 'b'])
print(type(it.__reduce__()[1][0]).__name__, it.__reduce__()[2])
list(islice(it, 3))
r = it.__reduce__()
print(type(r[1][0]).__name__, r[2], list(r[1][0]))
print(chain().__reduce__()[0].__name__, len(chain().__reduce__()))
c = chain('a')
list(c)
print(c.__reduce__())
s = islice('abc', 1)
list(s)
r = s.__reduce__()
print(r[0].__name__, list(r[1][0]), r[1][1:], r[2])
print(accumulate([1, 2]).__reduce__()[1][1], accumulate([1, 2]).__reduce__()[2])

# groups and tee objects
g = groupby('aabb')
k, grp = next(g)
r = grp.__reduce__()
print(r[0].__name__, r[1][1])
next(g)
print(grp.__reduce__(), list(grp))
a, b = tee(range(70))
take(a, 60)
c = copy.copy(a)
print(type(c).__name__, take(c, 3), take(a, 3), take(b, 2))
d = pickle.loads(pickle.dumps(b))
print(take(d, 3), take(b, 3))
r = a.__reduce__()
print(r[0].__name__, r[1], type(r[2][0]).__name__, r[2][1])
e = a.__copy__()
print(take(e, 2), take(a, 2))

# setstate clamps as CPython's
it = product('abc', 'de')
it.__setstate__((5, -3))
print(list(it))
it = combinations('abcd', 2)
it.__setstate__((9, 9))
print(list(it))
it = combinations_with_replacement('abc', 2)
it.__setstate__((-1, 7))
print(list(it))
it = permutations('abc')
it.__setstate__(((2, 0, 9), (1, 9, 0)))
print(list(it))
it = islice('abcdef', 4)
it.__setstate__(2)
print(list(it))

# islice bounds up to sys.maxsize reduce exactly
import sys
s = islice('abcdef', 1, sys.maxsize, sys.maxsize)
print(s.__reduce__()[1][1:], list(s), s.__reduce__()[1][1:], s.__reduce__()[2])
print(islice('a', sys.maxsize).__reduce__()[1][1:], islice('a', sys.maxsize, None).__reduce__()[1][1:])
