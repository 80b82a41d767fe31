# Exercises itertools (the native module, vm/objects/itertools_*.ts; this was the check of the
# old lib/itertools.py under CPython): contents, count/repeat reprs and error messages.
import itertools as it
import operator


def attempt(label, fn, *args, **kw):
    try:
        print(label, '->', repr(fn(*args, **kw)))
    except Exception as e:
        print(label, '!!', type(e).__name__, str(e))


def take(n, iterable):
    return list(it.islice(iterable, n))


def lst(make, *args, **kw):
    return list(make(*args, **kw))


# count / cycle / repeat
c = it.count()
print(repr(c), take(3, c), repr(c))
c = it.count(10, 5)
print(repr(c), take(4, c), repr(c))
c = it.count(2.5, 0.5)
print(repr(c), take(3, c), repr(c))
print(repr(it.count(1, 1.0)), repr(it.count(step=-1)), repr(it.count(start=3)), repr(it.count(1+2j)))
print(take(3, it.count(step=1.5)), take(3, it.count(1, 1j)))
attempt('count str', it.count, 'a')
attempt('count step str', it.count, 1, 'a')
print(take(7, it.cycle('abc')), take(3, it.cycle([])), take(5, it.cycle(iter([1, 2]))))
attempt('cycle int', it.cycle, 1)
r = it.repeat('x', 3)
print(repr(r), r.__length_hint__(), next(r), repr(r), r.__length_hint__(), list(r), repr(r))
print(repr(it.repeat(None)), take(3, it.repeat(7)), list(it.repeat(1, -5)), repr(it.repeat(1, -5)))
print(list(it.repeat(object=2, times=2)), operator.length_hint(it.repeat(1, 4)))
attempt('repeat times str', it.repeat, 1, 'x')
attempt('repeat len hint', it.repeat(1).__length_hint__)
print(list(map(pow, range(5), it.repeat(2))))

# accumulate
print(lst(it.accumulate, [1, 2, 3, 4, 5]))
print(lst(it.accumulate, [1, 2, 3, 4, 5], operator.mul))
print(lst(it.accumulate, [3, 1, 4, 1, 5, 9, 2], max))
print(lst(it.accumulate, [1, 2, 3], initial=100))
print(lst(it.accumulate, [], initial=100), lst(it.accumulate, []))
print(lst(it.accumulate, 'abc'), lst(it.accumulate, [1, 2], func=operator.sub, initial=10))
print(lst(it.accumulate, [[1], [2], [3]]))
attempt('accumulate int', it.accumulate, 1)
attempt('accumulate bad', lst, it.accumulate, [1, 'a'])

# chain
print(lst(it.chain, 'abc', [1, 2], (), range(3)))
print(lst(it.chain), lst(it.chain.from_iterable, ['ab', 'cd', []]))
print(lst(it.chain.from_iterable, (range(i) for i in range(4))))
ch = it.chain(1)
attempt('chain int', next, ch)
attempt('from_iterable int', lst, it.chain.from_iterable, [[1], 2])

# compress, dropwhile, takewhile, filterfalse, starmap, pairwise
print(lst(it.compress, 'ABCDEF', [1, 0, 1, 0, 1, 1]), lst(it.compress, 'ABC', [1, 1, 1, 1, 1]))
print(lst(it.compress, range(10), it.cycle([True, False])))
attempt('compress int', it.compress, 1, [])
print(lst(it.dropwhile, lambda x: x < 5, [1, 4, 6, 4, 1]), lst(it.dropwhile, bool, [1, 1]))
print(lst(it.takewhile, lambda x: x < 5, [1, 4, 6, 4, 1]), lst(it.takewhile, bool, []))
src = iter([1, 2, 10, 3, 4])
print(lst(it.takewhile, lambda x: x < 5, src), list(src))
src = iter([1, 2, 10, 3, 4])
print(lst(it.dropwhile, lambda x: x < 5, src), list(src))
print(lst(it.filterfalse, lambda x: x % 2, range(10)), lst(it.filterfalse, None, [0, 1, '', 'a', [], None]))
attempt('takewhile None', lst, it.takewhile, None, [1])
print(lst(it.starmap, pow, [(2, 5), (3, 2), (10, 3)]), lst(it.starmap, operator.add, ['ab', 'cd']))
attempt('starmap bad', lst, it.starmap, pow, [1])
print(lst(it.pairwise, 'ABCDEFG'), lst(it.pairwise, 'A'), lst(it.pairwise, ''))
print(lst(it.pairwise, iter(range(5))))

# zip_longest
print(lst(it.zip_longest, 'ABCD', 'xy', fillvalue='-'))
print(lst(it.zip_longest, 'AB', range(4), [None]), lst(it.zip_longest), lst(it.zip_longest, []))
print(lst(it.zip_longest, 'ab', '', 'abc'))
attempt('zip_longest int', it.zip_longest, 'a', 1)
attempt('zip_longest kw', it.zip_longest, 'a', x=1)

# islice
s = 'ABCDEFG'
for args in [(2,), (2, 4), (2, None), (0, None, 2), (1, 6, 2), (None,), (None, None), (None, 3),
             (0,), (10,), (3, 3), (5, 2), (1, None, 3), (0, 100, 7), (None, None, None), (2, 5, None)]:
    print('islice', args, lst(it.islice, s, *args))
print(lst(it.islice, it.count(), 5, 10), lst(it.islice, it.count(), 0, 20, 6))
src = iter(range(10))
print(lst(it.islice, src, 0, 3, 2), list(src))
src = iter(range(10))
print(lst(it.islice, src, 4), list(src))
src = iter(range(10))
print(lst(it.islice, src, 2, 2), list(src))
print(lst(it.islice, 'abcdef', True, operator.index(4)))
for args in [(), (1, 2, 3, 4), (-1,), (1.5,), ('a',), (-1, 2), (1, -2), (0, 2, 0), (0, 2, -1),
             (0, 2, 1.5), (None, None, 0), (1.0, 3)]:
    attempt('islice err %r' % (args,), it.islice, 'abc', *args)
attempt('islice noniter', it.islice, 1, 2)
attempt('islice noarg', it.islice, 'a')

# groupby
print([(k, list(g)) for k, g in it.groupby('AAAABBBCCDAABBB')])
print([k for k, g in it.groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in it.groupby([1, 3, 5, 2, 4, 7, 9, 8], key=lambda x: x % 2)])
print([(k, list(g)) for k, g in it.groupby([])], [(k, list(g)) for k, g in it.groupby('a')])
groups = []
keys = []
for k, g in it.groupby('aabbbcd'):
    groups.append(g)
    keys.append(k)
print(keys, [list(g) for g in groups])
gb = it.groupby('aaabbc')
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
k3, g3 = next(gb)
print(k3, list(g3))
attempt('groupby end', next, gb)
nan = float('nan')
print([(k != k, len(list(g))) for k, g in it.groupby([nan, nan, 1])])
print([(k, list(g)) for k, g in it.groupby(['a', 'A', 'b', 'B', 'B', 'c'], key=str.lower)])
attempt('groupby int', it.groupby, 1)

# tee
a, b = it.tee(range(5))
print(next(a), next(a), list(b), list(a))
a, b, c = it.tee(iter('abcdef'), 3)
print(next(a), next(b), next(b), list(c), list(a), list(b))
print(it.tee('abc', 0), len(it.tee('abc', 1)), [list(x) for x in it.tee('abc', 1)])
a, b = it.tee('xyz')
a2, a3 = it.tee(a)
print(next(a), list(a2), list(a3), list(b))
a, b = it.tee([1, 2, 3])

ac = a.__copy__()
print(next(a), list(ac), list(a), list(b))
attempt('tee neg', it.tee, 'a', -1)
attempt('tee str n', it.tee, 'a', 'x')
attempt('tee int', it.tee, 1)

# product, permutations, combinations
print(lst(it.product, 'ab', range(3)))
print(lst(it.product, 'ab', repeat=2), lst(it.product), lst(it.product, repeat=3))
print(lst(it.product, 'ab', '', 'cd'), lst(it.product, [1, 2], repeat=0))
print(len(list(it.product(range(3), range(4), range(2), repeat=2))))
attempt('product neg', it.product, 'a', repeat=-1)
attempt('product str', it.product, 'a', repeat='x')
attempt('product int', it.product, 1)
for r in (None, 0, 1, 2, 3, 4, 5):
    print('perm', r, lst(it.permutations, 'abcd', r))
print(lst(it.permutations, range(3)), lst(it.permutations, []), lst(it.permutations, [], 1))
print(len(list(it.permutations(range(6), 4))), lst(it.permutations, 'aab', 2))
attempt('perm neg', it.permutations, 'a', -1)
attempt('perm str', it.permutations, 'a', 'x')
attempt('perm float', it.permutations, 'a', 1.0)
for r in (0, 1, 2, 3, 4, 5):
    print('comb', r, lst(it.combinations, 'abcd', r))
    print('cwr', r, lst(it.combinations_with_replacement, 'abc', r))
print(lst(it.combinations, [], 0), lst(it.combinations_with_replacement, [], 0), lst(it.combinations_with_replacement, [], 2))
print(len(list(it.combinations(range(10), 4))), len(list(it.combinations_with_replacement(range(6), 4))))
attempt('comb neg', it.combinations, 'a', -1)
attempt('comb str', it.combinations, 'a', 'x')
attempt('cwr neg', it.combinations_with_replacement, 'a', -1)
attempt('cwr float', it.combinations_with_replacement, 'a', 2.0)
print([n for n in ['accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee', 'zip_longest'] if not hasattr(it, n)])
