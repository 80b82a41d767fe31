# array pickling (a list below protocol 3, _array_reconstructor with the machine bytes from 3),
# _array_reconstructor from other machine formats, copy/deepcopy, arrayiterator pickling and
# exhaustion, subclasses (their attributes pickle; slices and copies are plain arrays).
import array, copy, pickle
from array import array as A
for tc in 'bBuhHiIlLqQfd':
    a = A(tc, 'ab' if tc == 'u' else [1, 2])
    print(tc, a.__reduce_ex__(2)[1], a.__reduce_ex__(3)[1][2:],
          all(pickle.loads(pickle.dumps(a, p)) == a for p in range(pickle.HIGHEST_PROTOCOL + 1)))
r = array._array_reconstructor
print(r(A, 'i', 9, b'\x00\x00\x00\x01'), r(A, 'l', 3, b'\x01\x00'), r(A, 'q', 1, b'\xff'), r(A, 'd', 15, b'?\x80\x00\x00'),
      r(A, 'u', 19, b'\x00a\xd8=\xde\x00\x00b'), r(A, 'u', 21, b'\x00\x00\x00z\x00\x00\x00y'), r(A, 'H', 11, bytes(8)))
for args in ((1, 'i', 8, b''), (int, 'i', 8, b''), (A, 1, 8, b''), (A, 'x', 8, b''), (A, 'i', 22, b''),
             (A, 'i', 8, 'x'), (A, 'i', 9, b'\x00'), (A, 'i', 'x', b''), (A, 'i', 20, b'a\x00\x00\x00'), (A, 'u', 18, b'a\x00'), (A, 'i', 14, b'\x00\x00\x80?')):
    try:
        r(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class S(array.array):
    pass
s = S('i', [1, 2, 3])
s.tag = 'x'
t = pickle.loads(pickle.dumps(s, 4))
print(type(t).__name__, t, t.tag, type(s[:]).__name__, type(s + s).__name__, type(copy.copy(s)).__name__,
      copy.deepcopy(s), s.__reduce_ex__(1)[2])
it = iter(A('i', [10, 20, 30]))
next(it)
print(it.__reduce__()[1:], list(pickle.loads(pickle.dumps(it))))
it.__setstate__(-5)
print(list(it), it.__reduce__()[1])
b = A('b', [1])
it2 = iter(b)
print(list(it2))
b.append(2)
print(list(it2))
it3 = iter(A('b', [1, 2, 3]))
it3.__setstate__(100)
print(list(it3))
