# dict(pairs) and d.update(pairs) read the pairs one at a time (CPython's dict_merge_from_seq2):
# a failure leaves the pairs before it in the dict; tuples and lists (and their subclasses, taken
# as they are, not through __iter__) of two items; other iterables of two items; the errors.
def gen(items, fail_at=None):
    for i, x in enumerate(items):
        if i == fail_at:
            raise RuntimeError('boom at %d' % i)
        yield x

d = {}
try:
    d.update(gen([(1, 'a'), (2, 'b'), (3, 'c')], fail_at=2))
except RuntimeError as e:
    print(e, d)
d = {}
try:
    d.update([(1, 2), (3, 4, 5), (6, 7)])
except ValueError as e:
    print(e, d)
d = {}
try:
    d.update([(1, 2), 5])
except TypeError as e:
    print(e, d)
try:
    dict([[1, 2], [3]])
except ValueError as e:
    print(e)
try:
    dict(['ab', 'cde'])
except ValueError as e:
    print(e)
print(dict(['ab', 'cd']), dict([b'xy']), dict([{1, 1}] if False else [(k, v) for k, v in [(1, 2)]]))
print(dict(zip('abc', range(3))), dict(zip([1, 2], [[3], [4]])), dict(enumerate('xy')))
print(dict([(1, 2), [3, 4], iter([5, 6]), range(7, 9)]))

class T2(tuple):
    def __iter__(self):
        return iter(('never', 'used'))
class L2(list):
    def __iter__(self):
        return iter(('never', 'used'))
print(dict([T2((1, 2)), L2([3, 4])]))
class P:
    def __iter__(self):
        return iter(('k', 'v'))
print(dict([P(), P()]))
pairs = [(i, i * i) for i in range(10000)]
big = dict(pairs)
print(len(big), big[9999], list(big)[:3], dict(zip(range(5000), range(5000, 10000)))[4999])
d = {0: 'old'}
d.update(x for x in [(0, 'new'), (1, 'one')])
print(d)
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __repr__(self): return 'K(%d)' % self.v
print(dict([(K(1), 'a'), (K(2), 'b'), (K(1), 'c')]))
try:
    dict([([1], 2)])
except TypeError as e:
    print(e)
