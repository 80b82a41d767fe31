# Exercises bisect; output is compared between CPython's bisect and pystm's lib/bisect.py.
import bisect


def attempt(label, fn, *args, **kw):
    try:
        print(label, '->', repr(fn(*args, **kw)))
    except Exception as e:
        print(label, '!!', type(e).__name__, str(e))


a = [1, 2, 2, 2, 3, 5, 8, 8, 13]
for x in (0, 1, 2, 3, 4, 8, 9, 13, 14, 2.5):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
    print(' lo/hi', bisect.bisect_left(a, x, 2), bisect.bisect_right(a, x, 1, 5), bisect.bisect_left(a, x, hi=4))
    print(' hi=-1', bisect.bisect_left(a, x, 0, -1), bisect.bisect_right(a, x, hi=-1), bisect.bisect_right(a, x, 3, -5))
print(bisect.bisect_left([], 1), bisect.bisect_right([], 1))
print(bisect.bisect_left('abcdef', 'c'), bisect.bisect_right(('a', 'b', 'b'), 'b'))
recs = [('a', 1), ('b', 3), ('c', 3), ('d', 7)]
for k in (0, 1, 3, 4, 7, 8):
    print('key', k, bisect.bisect_left(recs, k, key=lambda r: r[1]), bisect.bisect_right(recs, k, key=lambda r: r[1]))
    print(' key lo hi', bisect.bisect_left(recs, k, 1, 3, key=lambda r: r[1]), bisect.bisect_right(recs, k, lo=1, hi=3, key=lambda r: r[1]))

b = []
for v in (5, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5):
    bisect.insort(b, v)
print(b)
c = []
for v in (5, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5):
    bisect.insort_left(c, v)
print(c)
d = []
for v in (5.0, 1, 4, 1.0, 5, 9, 2, 6, 5, 3, 5.0):
    bisect.insort_right(d, v)
print(d)
e = []
for v in (5.0, 1, 4, 1.0, 5, 9, 2, 6, 5, 3, 5.0):
    bisect.insort_left(e, v)
print(e)
f = []
for name in ('pear', 'fig', 'apple', 'kiwi', 'plum', 'date', 'nut'):
    bisect.insort(f, name, key=len)
print(f)
g = []
for name in ('pear', 'fig', 'apple', 'kiwi', 'plum', 'date', 'nut'):
    bisect.insort_left(g, name, key=len)
print(g)
h = [1, 2, 3, 10, 0]
bisect.insort(h, 4, 0, 3)
print(h)
bisect.insort_left(h, 4, hi=4)
print(h)


class Seq:
    def __init__(self):
        self.items = [1, 3, 5]

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def insert(self, i, v):
        print('insert called', i, v)
        self.items.insert(i, v)


s = Seq()
bisect.insort(s, 4)
print(s.items, bisect.bisect(s, 3))

attempt('lo<0', bisect.bisect_left, a, 1, -1)
attempt('lo<0 right', bisect.bisect_right, a, 1, -3)
attempt('insort lo<0', bisect.insort, [1], 1, -1)
attempt('lo float', bisect.bisect_left, a, 1, 1.5)
attempt('hi str', bisect.bisect_right, a, 1, 0, 'x')
attempt('hi float', bisect.bisect_left, a, 1, 0, 2.0)
attempt('lo str', bisect.bisect_left, a, 1, 'x')
attempt('mixed', bisect.bisect, [1, 2], 'a')
attempt('no len', bisect.bisect, 5, 1)
attempt('hi big', bisect.bisect, [1, 2], 3, 0, 10)
