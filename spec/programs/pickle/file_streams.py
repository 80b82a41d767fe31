# pickle: several pickles in one file, one per protocol, read back by one
# Unpickler (the file is left just after each pickle: tell() matches), frames of 64 KiB and
# payloads past a frame (a 66 KB str and 70 KB bytes between frames), then EOFError at the end;
# and dump()/load() of the same data through a file object with only read/readline.
import io
import pickle

big_s = 'é' * 33000
big_b = b'\x01' * 70000
items = [list(range(100)), {'s': big_s, 'b': big_b}, [str(i) for i in range(100)], 'end']
f = io.BytesIO()
ends = []
expect = []
for rnd in range(1):
    for proto in range(6):
        for x in items:
            if type(x) is not dict:
                pickle.dump(x, f, proto)
                ends.append(f.tell())
                expect.append(x)
for proto in (4, 5):  # (the big payloads last, at the framed protocols only: time)
    pickle.dump(items, f, proto)
    ends.append(f.tell())
    expect.append(items)
print(len(ends), ends[:8], f.tell())
f.seek(0)
u = pickle.Unpickler(f)
ok = True
for i, end in enumerate(ends):
    x = u.load()
    ok = ok and x == expect[i] and f.tell() == end
print('all equal and positioned:', ok)
try:
    u.load()
except EOFError as e:
    print('EOFError', e)


class Minimal:
    def __init__(self, data):
        self._f = io.BytesIO(data)
        self.read = self._f.read
        self.readline = self._f.readline


for proto in range(6):
    data = pickle.dumps(items if proto >= 4 else items[2:], proto)
    print(proto, len(data), pickle.load(Minimal(data)) == (items if proto >= 4 else items[2:]))
