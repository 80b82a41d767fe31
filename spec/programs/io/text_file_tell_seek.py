# tell() on text files opened by open() while decoded text is pending: the byte where the next
# character starts, as CPython gives it, for UTF-8 (and -sig), single-byte codecs and UTF-16,
# with '\r\n' turned into '\n' by universal newlines; seek() back to every such position reads
# the same remainder. Files large enough to cross the read-ahead's chunk boundaries.
import os

fn = '_text_file_tell_seek_7c3e.txt'
# (a lone '\r' line is in the round trips but its position is not printed: CPython's tell()
# there is an opaque cookie, its decoder holding the '\r')
SHORT = 'héllo\r\nwörld\r\n€ x\r\nlast\rmac\nunix\n'
LONG = ''.join('line %d: ñandú € %s\r\n' % (i, 'x' * (i % 50)) for i in range(1500)) + 'tail'

cases = [('utf-8', SHORT), ('utf-8-sig', SHORT), ('latin-1', SHORT.replace('€', 'E')),
         ('cp1252', SHORT), ('utf-16', SHORT), ('utf-8', LONG), ('cp1252', LONG),
         ('utf-16', LONG)]
for enc, text in cases:
    with open(fn, 'wb') as f:
        f.write(text.encode(enc))
    for nl in (None, '', '\n'):
        with open(fn, encoding=enc, newline=nl) as f:
            marks = []
            while True:
                marks.append(f.tell())
                if not f.readline():
                    break
            reads = []
            f.seek(0)
            while True:
                reads.append(f.tell())
                if not f.read(997):
                    break
            rests = {}
            for p in sorted(set(marks + reads))[::61] + [marks[-2]]:
                f.seek(p)
                rests[p] = f.read()
            f.seek(0)
            whole = f.read()
            ok = all(whole.endswith(r) for r in rests.values())
            shown = marks if len(marks) < 12 else marks[:3] + marks[-3:]
            if 'mac' in text and nl != '\n':
                shown = shown[:4] + shown[5:]
            print(enc, repr(nl), len(marks), shown, reads[:4], ok)

# a U+FEFF inside a utf-8-sig file is a character, not a second BOM
with open(fn, 'w', encoding='utf-8-sig') as f:
    f.write('a' * 5000 + '\ufeff' + 'b\n')
with open(fn, encoding='utf-8-sig') as f:
    s = f.read()
    print(len(s), s.count('\ufeff'), f.tell())
os.remove(fn)

# tell() during iteration with next() raises, as CPython's; a seek or the end of the
# iteration allows it again
with open(fn, 'w') as f:
    f.write('a\nb\nc\n')
with open(fn) as f:
    next(f)
    try:
        f.tell()
    except OSError as e:
        print('OSError', e)
    f.seek(0)
    print(f.tell(), f.readline(), f.tell())
    for line in f:
        pass
    print(f.tell())
with open(fn, 'rb') as f:
    next(f)
    print(f.tell())
os.remove(fn)
