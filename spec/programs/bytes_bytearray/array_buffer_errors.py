# While a memoryview of an array or a bytearray is alive (not released), resizing it is a
# BufferError with CPython's message and leaves it unchanged; writes of the same length work;
# release() or the end of a with block ends the export.
from array import array
import operator
a = array('h', [1, 2, 3])
m = memoryview(a)
for f in (lambda: a.append(4), lambda: a.extend([4]), lambda: a.pop(), lambda: a.insert(0, 1),
          lambda: a.remove(1), lambda: operator.delitem(a, 0), lambda: operator.delitem(a, slice(0, 2)),
          lambda: a.frombytes(b'\x01\x00'), lambda: a.fromlist([1]), lambda: operator.iadd(a, a),
          lambda: operator.imul(a, 2), lambda: operator.setitem(a, slice(0, 1), array('h'))):
    try:
        f()
        print('no error')
    except BufferError as e:
        print('BufferError:', e)
print(a, m.tolist())
a[0:2] = array('h', [8, 9])
a.reverse()
a.byteswap()
a.byteswap()
a *= 1
a.extend([])
print(a)
s = m[::2]
m.release()
try:
    a.append(0)
except BufferError as e:
    print('slice still exports:', e)
s.release()
a.append(0)
print(a)
with memoryview(a) as v:
    try:
        a.pop()
    except BufferError as e:
        print('BufferError:', e)
a.pop()
print(a)
ba = bytearray(b'abc')
v = memoryview(ba)
for f in (lambda: ba.append(1), lambda: ba.extend(b'x'), lambda: ba.pop(), lambda: ba.clear(),
          lambda: operator.delitem(ba, 0), lambda: operator.iadd(ba, b'z'), lambda: ba.insert(0, 1)):
    try:
        f()
        print('no error')
    except BufferError as e:
        print('BufferError:', e)
ba[0] = 65
ba[1:3] = b'yz'
print(ba, bytes(v))
v.release()
ba.append(33)
print(ba)
with memoryview(ba) as w:
    pass
ba.clear()
print(ba)
# an empty value deletes an extended slice (a resize: refused under a view)
ba = bytearray(range(6))
with memoryview(ba):
    try:
        ba[::2] = b''
    except BufferError as e:
        print('BufferError:', e)
ba[::2] = b''
a = array('b', range(6))
a[1::2] = array('b')
print(ba, a)
