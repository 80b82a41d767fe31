// Native io.BytesIO and io.StringIO (vm/modules/io_bytesio.ts, io_stringio.ts): behaviour
// compared with CPython's (reads across every newline mode, a write past the end, exports,
// astral text, subclass hooks), linear-time line reading of a big BytesIO (the Python class
// copied the rest of the buffer per line), and streams shared by 4 threads on 4 workers: one
// BytesIO and one StringIO written under a lock, one of each per thread without, every byte
// and line counted after the join.
import { describe, expect, it } from 'vitest';
import { runPystm, runPython, hasPython311 } from '../helpers/run';

const SAME = `
import io
class L(io.StringIO):
    def readline(self, *a):
        return "<" + super().readline(*a)
l = L("a\\nb\\n")
print(next(l), l.tell(), next(l), repr(l.read()))
for nl in (None, "", "\\n", "\\r", "\\r\\n"):
    s = io.StringIO("x\\r\\ny\\rz\\n\\U0001f600", newline=nl)
    print(repr(nl), [s.readline() for _ in range(5)], s.tell(), s.seek(0, 2))
b = io.BytesIO(b"ab"); b.seek(5); b.write(b"c"); b.seek(1); b.write(b"ZZZ")
print(b.getvalue(), b.tell(), b.read1(), bytes(b.getbuffer()[:2]))
s = io.StringIO(); s.write("ab"); s.seek(4); s.write("\\u00e9"); print(repr(s.getvalue()), s.tell())
print(io.StringIO("abc").truncate(), io.BytesIO(b"abc").truncate(1))
`;

describe('io.BytesIO and io.StringIO', () => {
  it.skipIf(!hasPython311())('behave as CPython 3.11\'s', () => {
    const mine = runPystm(['-c', SAME]);
    const theirs = runPython(['-c', SAME]);
    expect(mine.stderr).toBe('');
    expect(mine.stdout).toBe(theirs.stdout);
  });

  it('read the lines of a 10 MB BytesIO in linear time', () => {
    const prog = `
import io, time
b = io.BytesIO((b"y" * 99 + b"\\n") * 100000)
t = time.perf_counter()
n = sum(1 for _ in b)
print(n, len(b.getvalue()), time.perf_counter() - t < 20)
`;
    const r = runPystm(['-c', prog], { timeout: 120_000 });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('100000 10000000 True\n');
  }, 130_000);

  it('keep every write of 4 threads on 4 workers (shared under a lock, private without)', () => {
    const prog = `
import io, threading
shared_b, shared_s, lock = io.BytesIO(), io.StringIO(), threading.Lock()
own = {}
def work(k):
    b, s = io.BytesIO(), io.StringIO()
    own[k] = (b, s)
    for i in range(3000):
        line = "%d:%d\\n" % (k, i)
        b.write(line.encode()); s.write(line)
        with lock:
            shared_b.write(line.encode()); shared_s.write(line)
ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
bad = 0
for k, (b, s) in own.items():
    want = "".join("%d:%d\\n" % (k, i) for i in range(3000))
    bad += (s.getvalue() != want) + (b.getvalue() != want.encode())
sb = shared_b.getvalue().decode().splitlines(); ss = shared_s.getvalue().splitlines()
for k in range(4):
    want = ["%d:%d" % (k, i) for i in range(3000)]
    bad += ([x for x in sb if x.startswith("%d:" % k)] != want) + ([x for x in ss if x.startswith("%d:" % k)] != want)
print(len(sb), len(ss), shared_b.tell(), shared_s.tell() == len(shared_s.getvalue()), "bad", bad)
`;
    const r = runPystm(['--workers', '4', '-c', prog], { timeout: 120_000 });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('12000 12000 79560 True bad 0\n');
  }, 130_000);
});
