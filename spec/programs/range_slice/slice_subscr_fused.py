# `a[i:j]` (BUILD_SLICE 2 + BINARY_SUBSCR, run as one out-of-line instruction for exact lists and
# tuples with None or small-int bounds): CPython's clamping, identity and fallbacks.
l = [0, 1, 2, 3, 4, 5]
t = (0, 1, 2, 3, 4, 5)
E = ()
bounds = [None, 0, 1, 3, 5, 6, 7, 100, -1, -3, -6, -7, -100]
for a in bounds:
    for b in bounds:
        assert l[a:b] == list(t[a:b])
        print(a, b, l[a:b], t[a:b])
# an exact tuple's whole slice is the tuple itself, an empty one is E
print(t[:] is t, t[0:] is t, t[-100:100] is t, t[3:1] is E, t[6:] is E)
# a list's slice is always a new list
print(l[:] is l, l[:] == l, type(l[1:3]))
# empty containers
print([][1:2], ()[:], ()[:] is E)
# bounds that are not small ints: bools, big ints, __index__, bad types
print(l[True:], t[:False], l[2**70:], t[-2**70:2], l[1:2**100])
class I:
    def __index__(self): return 2
print(l[I():], t[:I()])
for bad in ('x', 1.5, []):
    try:
        l[bad:]
    except TypeError as e:
        print('TypeError', e)
    try:
        t[:bad]
    except TypeError as e:
        print('TypeError', e)
# subclasses: their __getitem__, or the inherited one returning the base type
class L(list):
    def __getitem__(self, k): return ('L', k)
class T(tuple): pass
class L2(list): pass
print(L([1, 2])[0:1], T((1, 2, 3))[1:], type(T((1, 2))[:]), type(L2([1, 2])[:1]))
# other sequences and mappings through the slice object
print('abcdef'[1:4], b'abcdef'[-2:], range(10)[2:5], bytearray(b'xyz')[:2])
d = {}
try:
    d[1:2]
except (TypeError, KeyError) as e:
    print(type(e).__name__, e)
class G:
    def __getitem__(self, k): return (k.start, k.stop, k.step)
print(G()[1:2], G()[:], G()['a':None])
# an exception raised inside is reported at the subscript's line
def f(x):
    return x[1:2]
try:
    f(5)
except TypeError as e:
    print('TypeError', e)
import traceback, sys
try:
    f(None)
except TypeError:
    tb = traceback.extract_tb(sys.exc_info()[2])
    print([(fr.name, fr.line) for fr in tb])
# the pair in a hot loop (items[:i] + items[i+1:], nqueens' permutations)
items = list(range(8))
acc = 0
for i in range(len(items)):
    rest = items[:i] + items[i + 1:]
    acc = acc * 7 + sum(rest) + len(rest)
print(acc)
tt = tuple(items)
print([tt[:i] + tt[i + 1:] for i in range(3)])
# slices with a step stay on the slice object
print(l[::2], t[::-1], l[1:5:2], t[5:1:-2])
