# io.BytesIO (native _io.BytesIO): zero-fill past the end, getbuffer() exports blocking writes
# until released, subclass pickling with __dict__, readinto, context manager and closed errors.
import io, pickle

b = io.BytesIO(b"hello\nworld\n")
print(io.BytesIO is __import__('_io').BytesIO, isinstance(b, io.BufferedIOBase), isinstance(b, io.IOBase))
print(b.readline(), b.tell(), b.read(3), b.readlines())
b.seek(20); b.write(b"X"); print(b.getvalue())
print(b.seek(-3, 2), b.read(), b.seek(0, 1), b.truncate(4), b.getvalue(), b.tell())
m = b.getbuffer()
m[0] = 72
for op in (lambda: b.write(b"x"), lambda: b.truncate(0), b.close):
    try:
        op()
    except BufferError as e:
        print("BufferError", e)
m.release()
print(b.write(b"zz"), b.getvalue())


class S(io.BytesIO):
    pass


s = S(b"abc"); s.foo = 1; s.read(1)
for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
    t = pickle.loads(pickle.dumps(s, proto))
    print(type(t).__name__, t.getvalue(), t.tell(), t.foo)
with io.BytesIO(b"a\nb") as f:
    print(list(f))
print(f.closed)
for op in (f.read, f.getvalue, f.tell, lambda: f.write(b""), lambda: f.seek(0)):
    try:
        op()
    except ValueError as e:
        print("ValueError", e)
ba = bytearray(4); c = io.BytesIO(b"xy"); print(c.readinto(ba), ba, c.readinto(ba))
mv = memoryview(bytearray(3)); print(io.BytesIO(b"pqrs").readinto(mv), mv.tobytes())
print(io.BytesIO(initial_bytes=b"k").read(None), io.BytesIO(b"abc").read1(2))
for bad in (lambda: io.BytesIO("s"), lambda: io.BytesIO().seek(-1), lambda: io.BytesIO().seek(0, 3),
            lambda: io.BytesIO().truncate(-1), lambda: io.BytesIO().read(1.0), lambda: io.BytesIO().fileno()):
    try:
        bad()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
d = io.BytesIO(b"12345"); d.seek(10); print(d.read(), d.tell(), d.getvalue())
print(io.BytesIO(b"x\ny\nz").readlines(2), io.BytesIO(b"a\nb\n").readline(1))
