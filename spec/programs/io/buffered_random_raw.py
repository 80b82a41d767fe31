# io.BufferedRandom over a raw stream written in Python (a BytesIO here): buffered reads, writes
# at the reading position, tell/seek across both, the checks of its raw stream, isinstance,
# and pickle through it with small buffers (test_pickle's unpickling_buffering_readline).
import io
import os
import pickle

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

f = io.BufferedRandom(io.BytesIO(), buffer_size=3)
print(f.write(b'hello world'), f.tell())
f.seek(0)
print(f.read(2), f.tell(), f.peek(1)[:1])
f.write(b'XY')
print(f.tell())
f.seek(0)
print(f.read(), f.readable(), f.writable(), f.seekable(), repr(f))
f.seek(1)
print(f.readline(), f.tell())
f.seek(3)
print(f.read(3), f.truncate(), f.tell())
f.seek(0)
print(f.read(), f.tell())
print(isinstance(f, io.BufferedIOBase), isinstance(f, io.BufferedReader), isinstance(f, io.BufferedRandom), isinstance(f, io.IOBase))

class R(io.RawIOBase):
    def readable(self): return True
class S(R):
    def seekable(self): return True
show(lambda: io.BufferedRandom(R()))
show(lambda: io.BufferedRandom(S()))
show(lambda: io.BufferedRandom(io.BytesIO(), 0))
g = io.BufferedRandom(io.BytesIO(b'abc'))
g.close()
show(lambda: g.write(b'x'))

data = [list(range(10)), {'a': (1, 2.5, 'x' * 20)}]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for size in (1, 2, 7):
        f = io.BufferedRandom(io.BytesIO(), buffer_size=size)
        pickle.Pickler(f, protocol=proto).dump(data)
        f.seek(0)
        assert pickle.Unpickler(f).load() == data, (proto, size)
print('pickle ok')

p = '/tmp/pystm_buffered_random_%d.bin' % os.getpid()
with open(p, 'wb') as w:
    w.write(b'123')
with open(p, 'r+b') as h:
    print(type(h).__name__, isinstance(h, io.BufferedRandom), isinstance(h, io.BufferedReader), isinstance(h, io.BufferedIOBase))
os.remove(p)
