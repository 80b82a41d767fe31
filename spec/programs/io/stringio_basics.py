# io.StringIO: write/read/seek/tell, getvalue, readline iteration, print(file=...), truncate.
import io

buf = io.StringIO()
print(buf.write("hello "), buf.write("world\n"))
print("second line", file=buf)
print(repr(buf.getvalue()), buf.tell())
buf.seek(0)
print(repr(buf.read(5)), repr(buf.readline()), repr(buf.readline()), repr(buf.readline()))
buf.seek(6)
buf.write("WORLD")
print(repr(buf.getvalue()))
buf.truncate(5)
print(repr(buf.getvalue()), buf.tell())
src = io.StringIO("a\nb\nc")
print([line for line in src], src.read())
src.seek(0)
print(src.readlines())
with io.StringIO("x") as s:
    print(s.read(), s.closed)
print(s.closed)
try:
    s.read()
except ValueError as e:
    print("ValueError:", e)
print(isinstance(buf, io.TextIOBase), isinstance(buf, io.IOBase))
