# array.array's sequence protocol and methods, with CPython's results and messages.
import array
from array import array as A
a = A('i', range(10))
print(a[2], a[-1], a[2:5], a[::3], a[::-2], a[5:2], len(a))
a[1:3] = A('i', [100, 200, 300])
print(a)
a[::2] = A('i', [0] * 6)
print(a)
del a[::3]
print(a)
del a[1:4]
print(a)
a[len(a):] = a
print(a)
for e in ("a['x']", "a[99]", "a.__setitem__(99, 1)", "a.__delitem__(99)", "a.__setitem__(slice(0, 1), [1])",
          "a.__setitem__(slice(0, 1), A('b'))", "a.__setitem__(slice(None, None, 2), A('i'))", "a + [1]",
          "a + A('b')", "a.__iadd__([1])", "a * 1.5", "a.extend(A('b'))", "a.remove(12345)", "A('i').pop()",
          "a.pop(77)", "hash(a)", "a.index(12345)", "a.fromlist(1)", "a.tounicode()", "a.fromunicode('x')",
          "a.frombytes('x')", "a.frombytes(b'x')", "A()", "A(1)", "A('ab')", "A('x')", "A('i', [], 1)",
          "A('i', 'abc')", "A('i', A('u', 'x'))", "A('u').fromunicode(1)", "a < 1", "A('i', k=1)"):
    try:
        print(e, '->', eval(e))
    except Exception as x:
        print(e, '!!', type(x).__name__, x)
b = A('d', [1.5, -2.0, float('inf')])
print(b, b * 2, 2 * b, b + b, b.tolist(), b.itemsize, b.typecode)
b += A('d', [7])
b *= 2
print(b, b.count(1.5), b.index(1.5, 1), b.index(7.0, -4), 7 in b, 8 in b)
u = A('u', 'hello')
u.fromunicode(' world')
u.append('!')
print(u, u.tounicode(), u[1], u[::-1].tounicode())
c = A('H', [1, 2, 3])
c.insert(0, 9)
c.insert(-1, 8)
c.insert(100, 7)
c.insert(-100, 6)
print(c, c.pop(), c.pop(0), c.pop(-2), c)
c.reverse()
c.remove(2)
print(c, c.tobytes(), c.buffer_info()[1])
c.byteswap()
print(c)
c.frombytes(b'\x01\x00\x02\x00')
c.fromlist([5, 6])
c.extend(x for x in (11, 12))
c.extend(A('H', [13]))
print(c, c.tolist())
try:
    c.fromlist([1, 2, -1])
except OverflowError as e:
    print(e, c)
try:
    c.extend([20, 21, -1, 22])
except OverflowError as e:
    print(e, c)
print(A('i', [1, 2]) == A('i', [1, 2]), A('i', [1, 2]) < A('i', [1, 3]), A('i', [1, 2]) <= A('i', [1]),
      A('b', [1, 2]) == A('d', [1.0, 2.0]), A('d', [float('nan')]) == A('d', [float('nan')]),
      A('Q', [2 ** 64 - 1]) > A('q', [2 ** 63 - 1]), A('u', 'ab') < A('u', 'b'), A('i') == A('u'))
try:
    A('u', 'a') < A('i', [1])
except TypeError as e:
    print(e)
print(array.typecodes, array.ArrayType is A, A.__module__, type(iter(a)).__name__, repr(A('f')))
print(sum(A('i', range(100))), max(A('d', [1, 5, 2])), sorted(A('b', [3, -1, 2])), list(reversed(A('i', [1, 2, 3]))))
print(A('b', b'\x01\xff'), A('i', A('i', [4, 5])), A('d', A('i', [4, 5])), A('i', (1, 2)), A('B', bytearray(b'ab')))
