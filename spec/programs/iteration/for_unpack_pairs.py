# iteration: `for a, b in X` where FOR_ITER and UNPACK_SEQUENCE run as one step (interp/quicken.ts
# Q_FOR_ITER_UNPACK) and a dict's items, zip() of two and enumerate() push their pair without a
# tuple (interp/for_pairs.ts): every kind of iterator, errors, exhaustion and tracebacks as CPython
import sys
import traceback


def show(f):
    try:
        f()
    except Exception:
        print(traceback.format_exc().replace(__file__, 'FILE'), end='')


d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
d['b'] = 22
for k, v in d.items():
    print(k, v)
# large dicts (a large entries vector), holes at the front, the last entry deleted
big = {i: i * i for i in range(5000)}
for i in range(0, 4000, 3):
    del big[i]
del big[4999]
t = 0
n = 0
for k, v in big.items():
    t += k * 7 + v
    n += 1
print('big', n, t)
# keys, values and items of one dict; an items iterator taken by next() first
it = iter(d.items())
print(next(it))
for k, v in it:
    print('rest', k, v)
for k, v in it:
    print('never')
print(list(it), next(it, 'done'))
print([k for k in d.keys()], [v for v in d.values()], sum(k for k, _ in big.items()) % 1000)


def grow():
    e = {1: 1, 2: 2}
    for k, v in e.items():
        e[k + 10] = v


def shrink():
    e = {1: 1, 2: 2, 3: 3}
    for k, v in e.items():
        del e[3]


def same_size():
    e = {1: 1, 2: 2}
    for k, v in e.items():
        del e[k]
        e[k + 100] = v


show(grow)
show(shrink)
show(same_size)
# the value changed while iterating is seen, as CPython
e = {1: 'x', 2: 'y'}
for k, v in e.items():
    e[2] = 'changed'
    print(k, v)

# zip of two: lists, ranges, strs, generators, iterators shared with the loop
L = [1, 2, 3, 4]
for a, b in zip(L, 'wxyz'):
    print(a, b)
for a, b in zip(range(3), range(10, 100)):
    print(a, b)
src = iter([1, 2, 3, 4, 5])
for a, b in zip(src, src):
    print('pairs', a, b)
print('left', list(src))
longer = iter([1, 2, 3])
for a, b in zip(longer, [9]):
    print(a, b)
print('consumed', list(longer))
shorter = iter([1, 2, 3])
for a, b in zip([7], shorter):
    print(a, b)
print('kept', list(shorter))
z = zip([1, 2, 3], [4, 5])
for a, b in z:
    print(a, b)
print('after', list(z))
for a, b in zip([], L):
    print('never')
for a, b, c in zip(L, L, L):
    print(a + b + c, end=' ')
print()
for (a,) in zip(L):
    print(a, end=' ')
print()


def gen(n):
    for i in range(n):
        yield i * 10


for a, b in zip(gen(3), gen(5)):
    print('gen', a, b)


def boom():
    yield 1
    raise KeyError('inside')


def zip_raises():
    for a, b in zip([1, 2, 3], boom()):
        print('got', a, b)


show(zip_raises)
# zip(strict=True): equal, shorter, longer, and a first argument already exhausted
for a, b in zip([1, 2], 'ab', strict=True):
    print(a, b)


def strict_short():
    for a, b in zip([1, 2, 3], [4, 5], strict=True):
        print(a, b)


def strict_long():
    for a, b in zip([1, 2], [4, 5, 6], strict=True):
        print(a, b)


show(strict_short)
show(strict_long)

# enumerate: start, big starts, a generator source, a shared iterator
for i, x in enumerate('abc'):
    print(i, x)
for i, x in enumerate('ab', -5):
    print(i, x)
for i, x in enumerate('abc', 2 ** 30 - 2):
    print(i, x)
for i, x in enumerate('ab', 2 ** 64):
    print(i, x)
for i, x in enumerate(gen(3), start=True):
    print(i, x)
en = enumerate([5, 6, 7])
print(next(en))
for i, x in en:
    print('en', i, x)
print(list(en))

# subclasses and other iterators: the protocol, as before
class Z(zip):
    def __next__(self):
        a, b = super().__next__()
        return b, a


class E(enumerate):
    pass


for a, b in Z([1, 2], 'ab'):
    print('Z', a, b)
for i, x in E('ab', 3):
    print('E', i, x)
for a, b in [(1, 2), [3, 4], 'xy', {5: 0, 6: 0}]:
    print(a, b)
for a, b in iter([(1, 2)]):
    print(a, b)
for a, b in [divmod(7, 2)]:
    print(a, b)


def bad_items():
    for a, b, c in {1: 2}.items():
        print(a)


def too_many():
    for (a,) in {1: 2}.items():
        print(a)


def not_enough():
    for a, b in enumerate([1, 2]) if False else [(1, 2), (3,)]:
        print(a, b)


def not_iterable():
    for a, b in [1]:
        print(a)


def zip_of_ints():
    for a, b in zip([(1, 2)], [3]):
        (c, d), e = a, b
        print(c, d, e)
        for x, y in [e]:
            pass


show(bad_items)
show(too_many)
show(not_enough)
show(not_iterable)
show(zip_of_ints)


# an item pair kept past the loop, into containers, across a collection
import gc
keep = []
for k, v in {i: [i] for i in range(300)}.items():
    keep.append((k, v))
    if k % 100 == 0:
        gc.collect()
print(len(keep), keep[-1], keep[150])
keep = [(a, b) for a, b in zip(range(200), (str(i) for i in range(200)))]
gc.collect()
print(keep[7], keep[-1])
# in a comprehension and a generator expression, nested loops
print({k: v for k, v in zip('abc', range(3))})
print(sum(i * x for i, x in enumerate([3, 4, 5])))
print([(i, j, k) for i, j in enumerate('ab') for k, _ in {9: 0}.items()])
# break and continue with the iterator used again
z = zip(range(10), range(10))
for a, b in z:
    if a == 2:
        break
print(next(z))
for a, b in enumerate(range(5)):
    if a % 2:
        continue
    print('even', a, b)
# a __next__ that runs pair loops of its own, under plain, zip and enumerate loops
class Inner:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        t = 0
        for k, v in {1: 2, 3: 4}.items():
            t += k * v
        for a, b in zip([1], [2]):
            t += a + b
        return t + self.n


for x in Inner(2):
    print('inner', x)
for a, b in zip(Inner(2), Inner(3)):
    print('inner zip', a, b)
for i, x in enumerate(Inner(2)):
    print('inner enum', i, x)
for (p, q), r in zip(zip(Inner(2), 'ab'), Inner(2)):
    print('nested zip', p, q, r)
print('end', file=sys.stdout)
