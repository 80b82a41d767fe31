# `a + b` of two exact lists without the protocol (interp/loop.ts binaryFast), and everything
# that must still go through it: subclasses with __add__/__radd__, `+=` in place, other types.
a = [1, 2]
b = [3]
c = a + b
print(c, c is a, c is b, a, b)
print([] + [], [] + a, (a + []) is a, a + [] == a)
x = a
x += b
print(x is a, a)  # in place: the same list extended
x = x + [9]
print(x is a, x, a)
class L(list):
    def __add__(self, o): return ('L.add', o)
    def __radd__(self, o): return ('L.radd', o)
print(L([1]) + [2], [2] + L([1]))
class M(list): pass
m = M([1]) + [2]
print(type(m).__name__, m)
m = [2] + M([1])
print(type(m).__name__, m)
class R(list):
    def __radd__(self, o): return 'R.radd'
print([0] + R([1]))  # a subclass's reflected method first
for bad in [(1,), 'x', 1, None, {1}]:
    try:
        [1] + bad
    except TypeError as e:
        print('TypeError', e)
try:
    (1,) + [2]
except TypeError as e:
    print('TypeError', e)
try:
    (1,) + None
except TypeError as e:
    print('TypeError', e)
class T(tuple):
    def __add__(self, o): return ('T.add', o)
    def __radd__(self, o): return ('T.radd', o)
print(T((1,)) + (2,), (2,) + T((1,)))
class U(tuple): pass
u = U((1,)) + (2,)
print(type(u).__name__, u)
u = (2,) + U((1,))
print(type(u).__name__, u)
t = (1,)
print((t + ()) is t, (() + t) is t, (2,) + t)
tt = t
tt += (3,)
print(tt, t, tt is t)
# a big list concatenated (the vector copied)
big = list(range(1000))
both = big + big
print(len(both), both[999], both[1000], both[-1])
