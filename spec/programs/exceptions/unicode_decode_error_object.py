# UnicodeDecodeError keeps a bytes copy of a bytearray/memoryview object (args keep the original)
# and refuses objects that are not bytes-like.
e = UnicodeDecodeError('ascii', bytearray(b'\xff'), 0, 1, 'ordinal not in range(128)')
print(repr(e.object), e.args, str(e))
e = UnicodeDecodeError('ascii', memoryview(b'ab\xff'), 2, 3, 'bad')
print(repr(e.object), str(e))
try:
    UnicodeDecodeError('ascii', 'text', 0, 1, 'x')
except TypeError as x:
    print('TypeError:', x)
