# io.TextIOWrapper over a BytesIO: tell() anywhere inside what was read (multi-byte characters,
# chunk boundaries, universal newlines, utf-16 with its BOM), and seek() back to each cookie
# gives the same remainder; a write after a partial read goes past the chunk read ahead.
import io

TEXT = 'héllo wörld\nsecond € line\r\nthird\rfourth ✓\n' + ''.join('line %d ñ\n' % i for i in range(40))


def walk(encoding, newline, chunk, step):
    # (tiny chunks over the first lines only: every seek decodes to the end again)
    raw = (TEXT if chunk > 16 else TEXT[:60]).encode(encoding)
    t = io.TextIOWrapper(io.BytesIO(raw), encoding=encoding, newline=newline)
    t._CHUNK_SIZE = chunk
    cookies = []
    while True:
        cookies.append(t.tell())
        piece = t.readline() if step == 0 else t.read(step)
        if not piece:
            break
    rests = []
    for c in cookies:
        t.seek(c)
        rests.append(t.read())
    t.seek(0)
    whole = t.read()
    ok = all(whole.endswith(r) for r in rests) and len(set(len(r) for r in rests)) == len(rests)
    return len(cookies), ok, rests[-1] == ''


for encoding in ('utf-8', 'latin-1', 'utf-16', 'cp1252'):
    text_ok = encoding not in ('latin-1', 'cp1252')
    for newline in (None, '', '\n'):
        for step in (0, 1, 7):
            if not text_ok and ('€' in TEXT or '✓' in TEXT):
                continue
            print(encoding, repr(newline), step, [walk(encoding, newline, chunk, step) for chunk in (1, 3, 64, 8192)])

# plain byte positions where the decoder holds nothing
t = io.TextIOWrapper(io.BytesIO('añb\nc€d\ne'.encode('utf-8')), encoding='utf-8')
print(repr(t.readline()), t.tell())
print(repr(t.readline()), t.tell())
print(repr(t.read()), t.tell())

# seek to a remembered position, then readline from there
b = io.BytesIO('alpha\nbeta\ngamma\n'.encode())
t = io.TextIOWrapper(b, encoding='utf-8')
t.readline()
p = t.tell()
print(t.readline(), end='')
t.seek(p)
print(t.readline(), end='')
print(t.seek(0, 2), repr(t.read()))

# write after a partial read
b = io.BytesIO(b'line1\nline2\nline3\n')
t = io.TextIOWrapper(b, encoding='utf-8')
print(repr(t.readline()))
t.write('XX')
t.flush()
print(b.getvalue())
try:
    t.seek(-1)
except ValueError as e:
    print('ValueError', e)

# tell() during iteration with next() raises, as CPython's; a seek or the end of the
# iteration allows it again
t = io.TextIOWrapper(io.BytesIO(b'x\ny\n'), encoding='utf-8')
next(t)
try:
    t.tell()
except OSError as e:
    print('OSError', e)
t.seek(0)
print(t.tell())
for line in t:
    pass
print(t.tell())
