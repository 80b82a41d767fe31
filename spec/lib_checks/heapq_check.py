# Exercises heapq; output is compared between CPython's heapq and pystm's lib/heapq.py.
import heapq


def attempt(label, fn, *args, **kw):
    try:
        print(label, '->', repr(fn(*args, **kw)))
    except Exception as e:
        print(label, '!!', type(e).__name__, str(e))


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state % n


rng = Rng(7)
h = []
for i in range(40):
    heapq.heappush(h, rng.next(50))
print('pushed', h)
out = []
while h:
    out.append(heapq.heappop(h))
print('popped', out)

for size in range(0, 12):
    data = [rng.next(20) for _ in range(size)]
    heapq.heapify(data)
    print('heapify', size, data)
    if data:
        print('replace', heapq.heapreplace(data, 7), data)
    print('pushpop', heapq.heappushpop(data, 5), data)
    print('pushpop big', heapq.heappushpop(data, 100), data)

pairs = [(rng.next(5), 'x%d' % i) for i in range(15)]
heapq.heapify(pairs)
print('pairs', [heapq.heappop(pairs) for _ in range(len(pairs))])

data = [rng.next(30) for _ in range(25)]
for n in (-1, 0, 1, 2, 5, 24, 25, 26, 100):
    print('nsmallest', n, heapq.nsmallest(n, data))
    print('nlargest', n, heapq.nlargest(n, data))
    print('nsmallest key', n, heapq.nsmallest(n, data, key=lambda v: v % 7))
    print('nlargest key', n, heapq.nlargest(n, data, key=lambda v: v % 7))
    print('nsmallest iter', n, heapq.nsmallest(n, iter(data)))
    print('nlargest iter key', n, heapq.nlargest(n, iter(data), key=lambda v: -v))
words = ['pear', 'fig', 'apple', 'kiwi', 'plum', 'date', 'lime', 'banana', 'nut']
print(heapq.nsmallest(3, words, key=len))
print(heapq.nlargest(3, words, key=len))
print(heapq.nsmallest(4, iter(words), key=len))
print(heapq.nlargest(4, iter(words), key=len))
print(heapq.nsmallest(2, []), heapq.nlargest(2, iter([])), heapq.nsmallest(1, []))

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge()))
print(list(heapq.merge([], [])))
print(list(heapq.merge([3, 1], [2], reverse=True)))
print(list(heapq.merge([7, 5, 1], [8, 4, 2], [9], reverse=True)))
print(list(heapq.merge(['a', 'bb', 'ccc'], ['d', 'ee'], key=len)))
print(list(heapq.merge(['ccc', 'bb', 'a'], ['ddd', 'e'], key=len, reverse=True)))
print(list(heapq.merge([(1, 'a'), (2, 'a')], [(1, 'b'), (2, 'b')], key=lambda p: p[0])))

attempt('pop empty', heapq.heappop, [])
attempt('replace empty', heapq.heapreplace, [], 1)
attempt('pushpop empty', heapq.heappushpop, [], 1)
attempt('push non-list', heapq.heappush, (), 1)
attempt('pop non-list', heapq.heappop, None)
attempt('push None', heapq.heappush, None, 1)
attempt('heapify non-list', heapq.heapify, 'abc')
attempt('push mixed', heapq.heappush, [1], 'a')


class L(list):
    pass


sub = L([5, 3, 1])
heapq.heapify(sub)
print('subclass', sub, type(sub).__name__)
