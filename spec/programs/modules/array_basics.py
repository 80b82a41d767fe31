# array.array: typed storage, range checks, bytes round trips, slicing and list-like methods.
from array import array

a = array("i", [1, 2, 3])
a.append(4)
a.extend([5, 6])
print(a, len(a), a[0], a[-1], a[1:3], a.typecode, a.itemsize)
print(a.tobytes()[:8], array("i", a.tobytes()) == a, a.tolist())
d = array("d", [1.5, 2.5])
d[0] = 3
print(d, sum(d), array("b", b"\x01\xff"), array("u", "hi"), array("H"))
for bad in [lambda: array("b", [200]), lambda: array("B", [-1]), lambda: array("i", [1.5]), lambda: array("z")]:
    try:
        bad()
    except (OverflowError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
a.reverse()
print(a.pop(), a.index(4), a.count(6), a + array("i", [9]), a * 2 == array("i", list(a) * 2))
s = array("h", [1, 256])
s.byteswap()
print(s)
