# io.TextIOWrapper over binary streams (BytesIO, sys.stdout.buffer): codecs with BOMs, newline
# translation both ways, newlines seen, readline/iteration, seek(0)/tell, errors, detach.
import io, sys
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding='utf-8', newline='\r\n')
print(w.write('héllo\nworld\n'), w.encoding, w.errors, w.line_buffering)
w.flush()
print(b.getvalue())
r = io.TextIOWrapper(io.BytesIO('a\r\nb\rc\nd'.encode('utf-16')), encoding='utf-16')
print([r.readline() for _ in range(5)], r.newlines)
r = io.TextIOWrapper(io.BytesIO(b'x\r\ny\rz\n'), newline='')
print(list(r))
r = io.TextIOWrapper(io.BytesIO(b'one\ntwo\nthree'), encoding='ascii')
print(r.read(5), repr(r.readline()), r.readlines())
print(isinstance(r, io.TextIOWrapper), isinstance(open(__file__), io.TextIOWrapper), isinstance(r, io.TextIOBase))
u = io.TextIOWrapper(io.BytesIO(), encoding='utf-16')
u.write('ab'); u.write('cd'); u.flush()
print(u.buffer.getvalue())
u.seek(0)
print(repr(u.read()), u.tell())
bad = io.TextIOWrapper(io.BytesIO(b'\xff\xfe'), encoding='utf-8')
try:
    bad.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
print(repr(io.TextIOWrapper(io.BytesIO(b'\xffok'), encoding='utf-8', errors='replace').read()))
for kw in [dict(encoding='nope'), dict(newline='x'), dict(newline=5)]:
    try:
        io.TextIOWrapper(io.BytesIO(), **kw)
    except (LookupError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
t = io.TextIOWrapper(io.BytesIO(b'abc'))
t.close()
print(t.closed)
try:
    t.read()
except ValueError as e:
    print('ValueError', e)
out = io.TextIOWrapper(sys.stdout.buffer, encoding='latin-1', line_buffering=True)
out.write('via latin-1: caf\xe9\n')
out.flush()
d = io.TextIOWrapper(io.BytesIO(b'data')).detach()
print(d.getvalue())
saved = sys.stdout
sys.stdout = io.TextIOWrapper(saved.buffer, encoding='utf-8', line_buffering=True)
print('printed through a new sys.stdout', 42)
sys.stdout.detach()  # (else collecting the wrapper would close the buffer, as in CPython)
sys.stdout = saved
print('back')
