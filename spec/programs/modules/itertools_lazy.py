# itertools consume their inputs exactly as CPython's: product/permutations/combinations read
# everything up front, islice stops at stop (and skips lazily), takewhile eats the first false
# item, groupby's older groups end when the parent advances, tee reads each item once, zip_longest
# stops asking an exhausted input, chain calls iter() only when it gets there.
from itertools import *

log = []


def gen(name, n):
    for i in range(n):
        log.append('%s%d' % (name, i))
        yield i


def show(label, value):
    print(label, value, log)
    log.clear()


p = product(gen('a', 2), gen('b', 2))
show('product made', 'x')
show('product', list(p))
show('product repeat 0', list(product(gen('c', 2), repeat=0)))
pm = permutations(gen('p', 3), 2)
show('perm made', next(pm))
cb = combinations(gen('c', 3), 5)
show('comb r>n', list(cb))
it = gen('i', 10)
show('islice', list(islice(it, 2, 5)))
show('islice rest', next(it))
it = gen('j', 10)
s = islice(it, 3)
show('islice stop', list(s))
show('islice after', next(it))
show('islice 0', list(islice(gen('k', 3), 0)))
it = gen('t', 6)
show('takewhile', list(takewhile(lambda x: x < 2, it)))
show('takewhile next', next(it))
it = gen('d', 5)
show('dropwhile', next(dropwhile(lambda x: x < 2, it)))
g = groupby([1, 1, 2, 2, 3])
k1, g1 = next(g)
k2, g2 = next(g)
print('groups', k1, list(g1), k2, list(g2))
g = groupby('aabbc')
k1, g1 = next(g)
print(next(g1))
k2, g2 = next(g)
print('old group', list(g1), k2, list(g2))
a, b = tee(gen('e', 3))
show('tee a', list(a))
show('tee b', list(b))
z = zip_longest(gen('x', 1), gen('y', 3))
show('zip_longest', list(z))
made = []


class Lazy:
    def __init__(self, name):
        self.name = name

    def __iter__(self):
        made.append(self.name)
        return iter(self.name)


c = chain(Lazy('ab'), Lazy('cd'))
print(next(c), made)
print(list(c), made)
cmp = compress(gen('m', 5), [1, 0])
show('compress', list(cmp))
pw = pairwise(gen('w', 3))
show('pairwise', list(pw))
acc = accumulate(gen('u', 3), initial=9)
show('accumulate first', next(acc))
cy = cycle(gen('q', 2))
show('cycle', list(islice(cy, 5)))
