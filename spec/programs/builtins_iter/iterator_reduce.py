# map/filter/zip/iter(seq)/iter(f, sentinel) reduce as CPython's (copied with deepcopy), StopIteration from the callable, re-entrant exhaustion.
import copy
def rt(it, proto=2):
    return copy.deepcopy(it)
for proto in range(1):
    m = map(lambda *a: a, [1, 2, 3], 'abc') if False else map(pow, [1, 2, 3], [2, 2, 2])
    next(m); print(proto, type(rt(m, proto)).__name__, list(rt(m, proto)))
    f = filter(None, [0, 1, 0, 2, 3]); next(f); print(list(rt(f, proto)))
    z = zip((1, 2, 3), (4, 5, 6)); next(z); print(list(rt(z, proto)))
    z = zip((1, 2, 3), (4, 5, 6, 7), strict=True); z2 = rt(z, proto)
    try: print(list(z2))
    except ValueError as e: print('ValueError', e)
print(zip('ab', 'cd', strict=True).__reduce__()[2], len(zip('a', 'b').__reduce__()))
class Seq:
    def __getitem__(self, i):
        if i < 5: return i * i
        raise IndexError
it = iter(Seq()); next(it); next(it)
r = it.__reduce__(); print(r[0] is iter, type(r[1][0]).__name__, r[2])
it2 = iter(Seq()); it2.__setstate__(-3); print(list(it2)); it2.__setstate__(1); print(list(it2), it2.__reduce__())
c = iter([1, 2, 3, 4].pop, 2); print(c.__reduce__()[1][1], next(c), list(c), c.__reduce__())
def raiser():
    raise StopIteration
print(list(iter(raiser, 0)))
def spam():
    if spam.rec:
        return 2
    spam.rec = True
    list(spam.it)
    return 1
spam.rec = False
spam.it = iter(spam, 2)
try:
    next(spam.it)
except StopIteration:
    print('StopIteration')
class Eq:
    def __eq__(self, o): print('sentinel eq', o); return o == 3
print(list(iter(iter([1, 2, 3, 4]).__next__, Eq())))
