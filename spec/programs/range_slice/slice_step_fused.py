# `a[i:j:k]` (BUILD_SLICE 3 + BINARY_SUBSCR, run as one out-of-line instruction: an exact list or
# tuple with None or small-int bounds and step is sliced without a slice object,
# interp/slice_ops.ts): every bound pair with steps 1, -1, 2, -2 against CPython, the identities,
# and what falls back to the slice object (bools, big ints, __index__, subclasses, other types).
l = list(range(10))
t = tuple(l)
E = ()
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __repr__(self): return 'I(%d)' % self.v
bounds = [None] + list(range(-12, 13)) + [True, False, 2**70, -2**70, I(3), I(-2)]
for k in (1, -1, 2, -2):
    for a in bounds:
        row = []
        for b in bounds:
            x = l[a:b:k]
            y = t[a:b:k]
            assert x == list(y), (a, b, k)
            row.append(''.join(map(str, x)) or '-')
        print(k, a, ' '.join(row))
# other steps: None, 3, -3, bools, big, __index__, a huge one
for k in (None, 3, -3, True, 2**70, -2**70, I(2), I(-3), 2**30 - 1, -2**30):
    print(k, l[::k], t[1::k], l[8:1:k], t[-1:-9:k])
# step 0 and bad types
for k in (0, False, I(0), 'x', 1.0):
    for seq in (l, t):
        try:
            seq[1:5:k]
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
for bad in ('x', 1.5, []):
    try:
        l[bad::-1]
    except TypeError as e:
        print('TypeError', e)
    try:
        t[:bad:2]
    except TypeError as e:
        print('TypeError', e)
# identities: an exact tuple's whole step-1 slice is itself, an empty one (); lists always new
print(t[::1] is t, t[0:10:1] is t, t[::-1] is t, t[5:2:1] is E, t[2:5:-1] is E, ()[::-1] is E)
print(l[::1] is l, l[::1] == l, type(l[::-1]), [][::-1], l[9::-1] == l[::-1])
# a reversed copy is a new list the original does not share
r = l[::-1]
r[0] = 'x'
print(l[-1], r[0], r[::-2])
# subclasses: their __getitem__ gets the slice; the inherited one returns the base type
class L(list):
    def __getitem__(self, k): return ('L', k.start, k.stop, k.step)
class T(tuple): pass
class L2(list): pass
print(L([1, 2])[0:1:-1], T((1, 2, 3))[::-1], type(T((1, 2))[::1]), type(L2([1, 2])[::-1]), L2([1, 2, 3])[::-1])
class G:
    def __getitem__(self, k): return (k.start, k.stop, k.step)
print(G()[1:2:3], G()[::-1], G()['a':None:I(1)])
# other sequences through the slice object
print('abcdef'[::-1], b'abcdef'[4:1:-2], range(10)[8:2:-3], bytearray(b'xyz')[::-1], 'abc'[::2])
d = {}
try:
    d[1:2:3]
except (TypeError, KeyError) as e:
    print(type(e).__name__, e)
# the traceback of a failing stepped slice names the subscript's line
import traceback, sys
def f(x):
    return x[1:2:-1]
try:
    f(None)
except TypeError as e:
    tb = traceback.extract_tb(sys.exc_info()[2])
    print('TypeError', e, [(fr.name, fr.line) for fr in tb])
# fannkuch's flips in a hot loop
perm = [3, 1, 4, 0, 2, 6, 5]
flips = 0
first = perm[0]
while first:
    perm[:first + 1] = perm[first::-1]
    flips += 1
    first = perm[0]
print(flips, perm)
