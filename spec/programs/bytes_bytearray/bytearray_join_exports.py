# bytearray.join exports the bytearray while the iterable runs: resizing it from the iterable is a
# BufferError (CPython gh-112625; test_builtin test_bytearray_join_with_misbehaving_iterator);
# in-place writes of the same length are allowed, and the export ends with the join.
array = bytearray(b',')


def clearing():
    array.clear()
    yield b'A'
    yield b'B'


try:
    array.join(clearing())
except BufferError as e:
    print('BufferError', e)
print(array)


def overwriting():
    array[0] = ord(';')
    yield b'A'
    yield b'B'


print(array.join(overwriting()), array)
array.extend(b'!')
print(array)


class BA(bytearray):
    pass


sub = BA(b'-')


def appending():
    yield b'x'
    sub.append(0)


try:
    sub.join(appending())
except BufferError as e:
    print('BufferError', e)
sub.append(ord('+'))
print(sub, b'|'.join([b'a', bytearray(b'b'), memoryview(b'c')]))
try:
    bytearray(b',').join([b'a', 'b'])
except TypeError as e:
    print('TypeError', e)
