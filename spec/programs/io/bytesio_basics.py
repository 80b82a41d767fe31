# io.BytesIO: binary writes, reads, seeks relative to the end, getvalue, readline.
import io

b = io.BytesIO()
b.write(b"header\n")
b.write(bytes([1, 2, 3]))
print(b.getvalue(), b.tell())
b.seek(0)
print(b.readline(), b.read(2), b.read(), b.read())
b.seek(-2, io.SEEK_END)
print(b.read())
b.seek(20)
b.write(b"!")
print(len(b.getvalue()), b.getvalue()[-3:])
r = io.BytesIO(b"line1\nline2\n")
print(list(r))
try:
    io.BytesIO().write("text")
except TypeError as e:
    print("TypeError:", e)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
