# array: _array_reconstructor (machine format codes, as pickle uses them), __reduce_ex__ for old
# and new protocols, 8-byte 'l'/'L' items, __new__-based construction (subclass keywords, None is
# not "no initializer"), + and += with a non-array, frombytes of a non-buffer, weak references,
# and binary files writing an array's bytes.
import array
import struct
import weakref
from array import _array_reconstructor as reconstruct

print(reconstruct(array.array, 'b', 1, b'\x80\x7f'))
print(reconstruct(array.array, 'L', 2, struct.pack('<HH', 0x8000, 0xffff)))
print(reconstruct(array.array, 'l', 13, struct.pack('>qq', -2**63, 2**63 - 1)))
print(reconstruct(array.array, 'd', 15, struct.pack('>ff', 1.5, float('inf'))))
print(reconstruct(array.array, 'u', 19, 'h\xe9\U0002030a'.encode('utf-16-be')))
for args in (('', 'b', 0, b''), (str, 'b', 0, b''), (array.array, 'b', 0, ''),
             (array.array, '?', 0, b''), (array.array, 'b', 22, b''), (array.array, 'd', 16, b'a')):
    try:
        reconstruct(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

a = array.array('l', [2**40, -2**62])
print(a.itemsize, a.tobytes().hex())
print(a.__reduce_ex__(2))
f, args, state = a.__reduce_ex__(3)
print(f is reconstruct, args, state, f(*args) == a)


class Sub(array.array):
    def __init__(self, typecode, newarg=None):
        array.array.__init__(self)
        self.newarg = newarg


s = Sub('b', newarg=1)
print(type(s).__name__, s, s.newarg)
for f in (lambda: array.array('b', None), lambda: array.array('b', x=1),
          lambda: array.array('b') + 'bad', lambda: array.array('b').__iadd__([1]),
          lambda: array.array('b').frombytes(42)):
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
r = weakref.ref(a)
print(r() is a)

path = '/tmp/_pystm_array_golden.bin'
with open(path, 'wb') as fh:
    print(fh.write(array.array('d', [1.0, -2.5])))
with open(path, 'rb') as fh:
    b = array.array('d')
    b.fromfile(fh, 2)
print(b)
try:
    with open(path, 'wb') as fh:
        fh.write('text')
except TypeError as e:
    print('TypeError', e)
import os
os.unlink(path)
