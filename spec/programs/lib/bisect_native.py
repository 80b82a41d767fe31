# _bisect (native): searches, insort into lists and other sequences, key=, argument errors as CPython's C module.
import bisect, sys
print(bisect.bisect_left.__module__, bisect.bisect.__name__, bisect.insort.__qualname__)
a = [1, 2, 2, 3, 5]
for x in [0, 2, 4, 6]:
    print(bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect_left(a, x, 1, 3), bisect.bisect_right(a, x, hi=None))
bisect.insort(a, 4); bisect.insort_left(a, 2); print(a)
b = [('a', 1), ('b', 3)]
bisect.insort(b, ('c', 2), key=lambda t: t[1]); print(b)
print(bisect.bisect_left(b, 3, key=lambda t: t[1]))
class L(list):
    def insert(self, i, x): print('insert', i, x); list.insert(self, i, x)
l = L([1, 3]); bisect.insort_right(l, 2); print(l)
for bad in [lambda: bisect.bisect_left(a, 1, -1), lambda: bisect.bisect_left(a, 1, 1.0),
            lambda: bisect.bisect_left(a, 1, 0, 2.0), lambda: bisect.bisect_left(10, 1),
            lambda: bisect.bisect_left(a), lambda: bisect.bisect_left(a, 1, 0, 3, None),
            lambda: bisect.bisect_left(a, 1, 2**64), lambda: bisect.bisect_left(a, 1, 0, 2**64),
            lambda: bisect.insort(a, 1, nokey=1), lambda: bisect.bisect_left(a, 'x')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(bisect.bisect_left(range(10**6), 12345), bisect.bisect_right(a, 3, 0, -1), bisect.bisect_right(a, 3, 4, 2))
