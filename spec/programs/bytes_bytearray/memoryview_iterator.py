# iter(memoryview): CPython's memory_iterator (items read one at a time, in place: a write to the
# buffer mid-way shows), release mid-way, 0-dim and N-dim views, stepped and non-byte formats.
# (iter() of a released view is a SystemError in CPython 3.11 itself, a bug: not tested.)
import pickle

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

it = iter(memoryview(b'ab'))
print(type(it), type(it).__name__, type(it).__module__, hasattr(it, '__length_hint__'), hasattr(it, '__reduce__'))
print(iter(it) is it, list(it), list(it))
m = memoryview(b'abc'); it = iter(m); next(it); m.release()
show(lambda: next(it))
m = memoryview(b'a'); it = iter(m); next(it); m.release()
show(lambda: next(it))
show(lambda: pickle.dumps(iter(memoryview(b'a'))))
show(lambda: type(it)())
ba = bytearray(b'\x01\x02\x03\x04')
m = memoryview(ba).cast('h')
it = iter(m)
print(next(it)); m[1] = -5; print(next(it))
show(lambda: next(it))
show(lambda: iter(memoryview(b'\x00' * 4).cast('i', [])))
show(lambda: iter(memoryview(b'\x00' * 4).cast('B', [2, 2])))
print(list(memoryview(bytes(range(10)))[::3]), list(memoryview(b'\x00\x00\x80\x3f' * 2).cast('f')), [x for x in memoryview(b'ab').cast('c')])
print(sorted(memoryview(b'\x03\x01\x02')), sum(memoryview(bytearray(range(100)))), tuple(memoryview(b'')))
print(list(reversed(memoryview(b'xyz'))), list(memoryview(bytearray(b'\xff\x7f\x00\x80')).cast('b')[::-1]))
