# io.BufferedReader(raw) over a stream written in Python (lib/io.py): read/peek/read1/readline/
# iteration/readinto/tell/seek on the buffer; isinstance() also counts open()'s native files.
import io
br = io.BufferedReader(io.BytesIO(b'hello\nworld\nthird line\n'), buffer_size=4)
print(br.read(3), br.peek(2)[:2], br.readline(), br.tell())
print(list(br), br.read(), br.read(5))
br.seek(0); print(br.read1(100), br.tell())
br.seek(2); b = bytearray(4); print(br.readinto(b), b)
print(isinstance(br, io.BufferedIOBase), isinstance(br, io.BufferedReader), br.readable(), br.seekable(), br.closed)
br.close(); print(br.closed)
try: br.read()
except ValueError as e: print(e)
class Raw(io.RawIOBase):
    def __init__(self, data): self.data, self.i = data, 0
    def readable(self): return True
    def readinto(self, b):
        n = min(len(b), 3, len(self.data) - self.i)
        b[:n] = self.data[self.i:self.i + n]; self.i += n
        return n
r = Raw(b'abcdefghij'); print(r.read(5), r.read(), r.read())
print(io.BufferedReader(Raw(b'x\ny\nz')).readlines())
try: io.BufferedReader(io.BytesIO(b''), buffer_size=0)
except ValueError as e: print(e)
with open(__file__, 'rb') as f:
    print(isinstance(f, io.BufferedReader), isinstance(f, io.BufferedIOBase), f.readline()[:9])
