# io.StringIO (native _io.StringIO): newline translation on write and line splitting on read
# for every newline mode, the newlines attribute, overwrite and zero-fill past the end, astral
# characters counted as one position, seek/truncate errors, pickling a subclass, uninitialized use.
import io, pickle

src = "a\nb\r\nc\rd"
for nl in (None, "", "\n", "\r", "\r\n"):
    s = io.StringIO(newline=nl)
    s.write(src)
    s.seek(0)
    print(repr(nl), repr(s.getvalue()), s.readlines(), repr(s.newlines) if nl in (None, "") else "-")
    s.seek(0)
    print(repr(nl), [s.readline(3) for _ in range(4)], s.tell())
print(repr(io.StringIO("x\r\ny", newline=None).getvalue()), repr(io.StringIO("x\ny", newline="\r\n").getvalue()))
s = io.StringIO("hello world")
s.seek(6); s.write("W"); s.seek(15); s.write("!")
print(repr(s.getvalue()), s.tell(), s.seek(0, 2), s.read(), s.truncate(5), repr(s.getvalue()), s.tell())
e = io.StringIO("\U0001f600ab\u00e9")
print(e.read(1), e.tell(), e.read(), e.tell(), len(e.getvalue()))
for bad in (lambda: io.StringIO(1), lambda: io.StringIO(newline="x"), lambda: io.StringIO(newline=1),
            lambda: io.StringIO().write(b"x"), lambda: io.StringIO().seek(-1), lambda: io.StringIO().seek(1, 1),
            lambda: io.StringIO().seek(1, 2), lambda: io.StringIO().seek(0, 5), lambda: io.StringIO().truncate(-1),
            lambda: io.StringIO().detach(), lambda: io.StringIO.__new__(io.StringIO).read(), lambda: io.StringIO().read(1.5)):
    try:
        bad()
    except (TypeError, ValueError, OSError) as ex:
        print(type(ex).__name__, ex)


class T(io.StringIO):
    pass


t = T("abc\ndef", newline="\r\n"); t.x = 5; t.readline()
for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
    u = pickle.loads(pickle.dumps(t, proto))
    print(type(u).__name__, repr(u.getvalue()), u.tell(), u.x, repr(u.readline()))
print(t.__getstate__())
c = io.StringIO("q"); c.close(); print(c.closed)
for op in (c.read, c.getvalue, c.tell, lambda: c.write("x"), lambda: c.newlines, lambda: c.line_buffering):
    try:
        op()
    except ValueError as ex:
        print("ValueError", ex)
print(io.StringIO().encoding, io.StringIO().errors, io.StringIO().line_buffering, isinstance(io.StringIO(), io.TextIOBase))
w = io.StringIO(); print(w.write("a\r\nb"), w.writelines(["c", "d\n"]), repr(w.getvalue()), list(io.StringIO("1\n2\n3")))
