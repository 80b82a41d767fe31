# `a[i:j] = b` (BUILD_SLICE 2 + STORE_SUBSCR, run as one out-of-line instruction: an exact list
# with None or small-int bounds given a list or an exact tuple is assigned without a slice object,
# interp/slice_ops.ts): every bound pair with right sides shorter, equal and longer against
# CPython; the self right side; what falls back (other iterables, subclasses, extended slices)
# and its errors; del of slices.
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __repr__(self): return 'I(%d)' % self.v
bounds = [None] + list(range(-12, 13)) + [True, False, 2**70, -2**70, I(3), I(-2)]
for rhs in ([], ['x'], ('x', 'y'), ['x', 'y', 'z'], ('p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 'a', 'b')):
    for a in bounds:
        row = []
        for b in bounds:
            x = list(range(10))
            x[a:b] = rhs
            row.append(''.join(map(str, x)) or '-')
        print(len(rhs), a, ' '.join(row))
# the right side is the list itself (copied first, as CPython's list_ass_slice)
for a, b in ((1, 3), (0, 0), (None, None), (5, 2), (-2, None), (3, 3)):
    x = [0, 1, 2, 3, 4]
    x[a:b] = x
    print(a, b, x)
# the right side a slice of itself, fannkuch's reversed prefix
x = list(range(8))
x[:4] = x[3::-1]
print(x)
x[2:6] = x[1:7]
print(x)
x[1:7] = x[2:4]
print(x)
# the right side: other iterables (str, generator, range, dict, set, a list subclass, a tuple
# subclass with its own __iter__ (CPython takes a tuple's items as they are), an iterator)
class LS(list):
    def __iter__(self): return iter(['no'])
class TS(tuple):
    def __iter__(self): return iter(['no'])
for rhs in ('ab', (c for c in 'xyz'), range(3), {'k': 1}, LS([7, 8]), TS((5, 6)), iter([1, 2]), b'\x01'):
    x = [0, 1, 2, 3]
    x[1:3] = rhs
    print(x)
# non-iterables
for rhs in (5, None, 1.5):
    x = [0, 1, 2]
    try:
        x[0:1] = rhs
    except TypeError as e:
        print('TypeError', e, x)
    try:
        x[::2] = rhs
    except TypeError as e:
        print('TypeError', e, x)
# a TypeError raised while iterating the right side is not replaced
def gen():
    yield 1
    raise TypeError('inside')
for k in (None, 2):
    x = [0, 1, 2, 3]
    try:
        x[0:4:k] = gen()
    except TypeError as e:
        print('TypeError', e, x)
# extended slices: equal sizes assign, others raise
x = list(range(10))
x[::2] = 'abcde'
x[7:1:-2] = ('P', 'Q', 'R')
print(x)
for k, rhs in ((2, [1, 2]), (-1, [1, 2, 3, 4]), (3, ())):
    x = list(range(10))
    try:
        x[1:7:k] = rhs
    except ValueError as e:
        print('ValueError', e)
x = list(range(6))
x[::1] = [9, 9]
print(x)
x = [0, 1, 2]
try:
    x[::0] = [1]
except ValueError as e:
    print('ValueError', e)
# bounds of other types
x = list(range(6))
x[True:I(4)] = ['t']
print(x)
x[-2**70:2**70] = (1, 2)
print(x)
for bad in ('x', 1.5):
    try:
        x[bad:2] = []
    except TypeError as e:
        print('TypeError', e)
# list subclasses: their __setitem__ gets the slice; without one, the list's
class L(list):
    def __setitem__(self, k, v):
        print('setitem', k.start, k.stop, k.step, v)
        super().__setitem__(k, v)
y = L([1, 2, 3])
y[0:2] = [7]
print(y, type(y))
class L2(list): pass
y = L2([1, 2, 3])
y[1:] = (8, 9, 10)
print(y, type(y))
class G:
    def __setitem__(self, k, v): print('G', k, v)
    def __delitem__(self, k): print('G del', k)
g = G()
g[1:2] = 'v'
g[::-1] = 'w'
del g[2:]
# other targets: bytearray, a dict's unhashable slice
ba = bytearray(b'abcdef')
ba[1:3] = b'XYZ'
print(ba)
try:
    {}[1:2] = 3
except TypeError as e:
    print('TypeError', e)
try:
    (1, 2)[0:1] = [3]
except TypeError as e:
    print('TypeError', e)
# del of slices, extended too
for a, b, k in ((1, 3, None), (None, None, 2), (8, 1, -3), (None, None, -1), (5, 2, None), (-3, None, 2), (0, 10, 4)):
    x = list(range(10))
    del x[a:b:k]
    print(a, b, k, x)
# big lists (a large vector: per-card barriers)
big = list(range(3000))
big[100:2900] = big[2899:99:-1]
print(big[95:105], big[2895:2905], sum(big))
big[10:20] = range(5)
big[:0] = (1, 2, 3)
print(len(big), big[:15], sum(big))
big[500:] = []
print(len(big), big[-3:])
