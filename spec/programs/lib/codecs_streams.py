# StreamWriter/StreamReader/StreamReaderWriter/EncodedFile and codecs.open
import codecs
import io
import os
for enc in ['utf-8', 'utf-16', 'utf-32-be', 'utf-8-sig', 'latin-1', 'unicode_escape']:
    text = 'a\xe9\r\n\u20acb\nlast' if enc != 'latin-1' else 'a\xe9\r\nb\nlast'
    buf = io.BytesIO()
    w = codecs.getwriter(enc)(buf)
    w.write(text)
    w.writelines(['\n', text])
    print(enc, buf.getvalue())
    buf.seek(0)
    r = codecs.getreader(enc)(buf)
    print(' ', repr(r.readline()), repr(r.readline(keepends=False)), repr(r.read(3)), repr(r.read()))
    buf.seek(0)
    print(' ', codecs.getreader(enc)(buf).readlines())
    buf.seek(0)
    print(' ', list(codecs.getreader(enc)(buf)))
    buf.seek(0)
    print(' ', codecs.getreader(enc)(buf).readlines(keepends=False))
buf = io.BytesIO('x\xe9y\n'.encode('utf-16'))
rw = codecs.StreamReaderWriter(buf, codecs.getreader('utf-16'), codecs.getwriter('utf-16'))
print(repr(rw.read()), rw.tell(), rw.errors)
raw = io.BytesIO()
f = codecs.EncodedFile(raw, 'utf-8', 'latin-1')
f.write('caf\xe9\n'.encode('utf-8'))
print(raw.getvalue(), f.data_encoding, f.file_encoding)
raw.seek(0)
print(f.read())
path = 'codecs_open_%d.tmp' % os.getpid()
with codecs.open(path, 'w', encoding='utf-16') as out:
    out.write('line one \u20ac\nline two\n')
    print(out.encoding)
with open(path, 'rb') as raw_in:
    print(raw_in.read())
with codecs.open(path, 'r', encoding='utf-16') as inp:
    print(inp.readlines())
with codecs.open(path, 'rb') as plain:
    print(type(plain).__name__, plain.read(4))
os.remove(path)
w = codecs.getwriter('utf-8')(io.BytesIO())
try:
    import copy
    copy.copy(w)
except TypeError as e:
    print('TypeError', e)
