# _struct has CPython's _struct API (calcsize(format), pack, Struct, error...) and struct re-exports
# it, as CPython's struct.py does (lib/_struct.py over the native _pystm_struct).
import struct, _struct, gc, weakref
print(struct.pack('<hI', 1, 2), struct.calcsize('b'), _struct.calcsize('b'), struct.error, struct.Struct)
print(_struct.pack('>i', 7), _struct.unpack('>i', b'\0\0\0\x07'), struct.Struct('<i').size)
try:
    struct.pack('z')
except struct.error as e:
    print('error', e)
print(struct.__doc__.splitlines()[0])
print(sorted(n for n in dir(struct) if not n.startswith('__')))
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')), repr(struct.Struct('<i')).split(' at ')[0])
