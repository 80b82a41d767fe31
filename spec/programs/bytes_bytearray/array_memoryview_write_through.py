# memoryview(array) is a writable view of the array's own items: writes through either side are
# seen by the other; its format is the typecode ('u' shows as 'w'), slices and casts are views.
from array import array
a = array('i', [1, 2, 3, 4])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, m.readonly, m.shape, m.strides, m.obj is a)
a[0] = 5
print(m[0], m.tolist())
m[1] = 7
m[-1] = -9
print(a)
s = m[1:3]
s[0] = 70
print(a, s.tolist())
b = m.cast('B')
b[0] = 0xff
print(a[0], len(b))
for tc in 'bBhHiIlLqQfd':
    x = array(tc, [1, 2])
    v = memoryview(x)
    v[1] = 3
    print(tc, v.format, v.itemsize, x.tolist(), v.tolist())
    v.release()
u = memoryview(array('u', 'ab'))
print(u.format, u.itemsize, u.nbytes)
try:
    m[0] = 2 ** 40
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
d = array('d', [0.0])
with memoryview(d) as dv:
    dv[0] = 2.5
print(d)
print(bytes(m) == a.tobytes(), m == a, m == array('i', a))
