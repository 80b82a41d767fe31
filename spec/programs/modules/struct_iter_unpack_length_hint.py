# struct.iter_unpack returns an iterator with __length_hint__ that counts down to 0.
import operator
import struct

it = struct.Struct('>IB').iter_unpack(bytes(range(1, 16)))
print(operator.length_hint(it))
print(next(it), operator.length_hint(it))
print(list(it), operator.length_hint(it))
print(next(it, 'done'))
print(type(it).__name__)
