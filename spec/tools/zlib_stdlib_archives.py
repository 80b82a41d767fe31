"""gzip, zipfile and tarfile from CPython's standard library (on PYTHONPATH) over our zlib:
in-memory archives written and read back, their exact bytes hashed (gzip with a fixed mtime,
zip with fixed dates), and a .tar.gz. Run by spec/unit/zlib_stdlib.test.ts under python3 and
pystm; the outputs must be equal. (GzipFile is only written here: reading one wraps it in
io.BufferedReader(raw), which pystm's io does not offer yet, as tarfile's extractfile; .gz files are read back with
gzip.decompress.)"""
import gzip, hashlib, io, random, tarfile, zipfile, zlib

r = random.Random(11)
words = [bytes(r.choice(b'etaoinshrdlu') for _ in range(r.randint(2, 9))) for _ in range(500)]
text = b' '.join(r.choice(words) for _ in range(30000))
blob = r.randbytes(20000)


def h(b):
    return hashlib.sha256(b).hexdigest()[:16]


for level in (1, 6, 9):
    g = gzip.compress(text, compresslevel=level, mtime=0)
    print('gzip', level, len(g), h(g), gzip.decompress(g) == text)
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0, filename='t.txt') as f:
    for i in range(0, len(text), 1000):
        f.write(text[i:i + 1000])
print('gzipfile', len(buf.getvalue()), h(buf.getvalue()))
print('gzip read', gzip.decompress(buf.getvalue()) == text)
two = gzip.compress(b'first member ', mtime=0) + gzip.compress(b'second member', mtime=0)
print('members', gzip.decompress(two))
try:
    gzip.decompress(gzip.compress(text, mtime=0)[:-10])
except EOFError as e:
    print('EOFError', e)

zbuf = io.BytesIO()
with zipfile.ZipFile(zbuf, 'w') as z:
    for name, data, method in [('a.txt', text, zipfile.ZIP_DEFLATED), ('b.bin', blob, zipfile.ZIP_DEFLATED),
                               ('c.txt', b'stored', zipfile.ZIP_STORED), ('e.txt', b'', zipfile.ZIP_DEFLATED)]:
        info = zipfile.ZipInfo(name, date_time=(2020, 1, 2, 3, 4, 6))
        info.compress_type = method
        z.writestr(info, data)
print('zip', len(zbuf.getvalue()), h(zbuf.getvalue()))
with zipfile.ZipFile(io.BytesIO(zbuf.getvalue())) as z:
    print(z.testzip(), [(i.filename, i.file_size, i.compress_size, i.CRC) for i in z.infolist()])
    print(z.read('a.txt') == text, z.read('b.bin') == blob, z.read('c.txt'))
    with z.open('a.txt') as f:
        print(f.read(10), f.read(5), len(f.read()))

tbuf = io.BytesIO()
with tarfile.open(fileobj=tbuf, mode='w:gz', format=tarfile.USTAR_FORMAT) as t:
    for name, data in [('x/one.txt', text), ('x/two.bin', blob)]:
        ti = tarfile.TarInfo(name)
        ti.size = len(data)
        ti.mtime = 1600000000
        t.addfile(ti, io.BytesIO(data))
print('tar.gz', len(tbuf.getvalue()))
raw = gzip.decompress(tbuf.getvalue())
with tarfile.open(fileobj=io.BytesIO(raw), mode='r:') as t:  # (extractfile is a BufferedReader)
    for m in t.getmembers():
        print(m.name, m.size, h(raw[m.offset_data:m.offset_data + m.size]))
# reading back through io.BufferedReader over gzip's raw reader (lib/io.py's Python
# BufferedReader): GzipFile text and binary reads, tarfile 'r:gz', a deflated zip
import gzip as _gzip, io as _io, tarfile as _tarfile, zipfile as _zipfile, os as _os, tempfile as _tempfile, shutil as _shutil
_d = _tempfile.mkdtemp()
try:
    _p = _os.path.join(_d, 't.gz')
    with _gzip.open(_p, 'wt') as f:
        f.write(''.join('line%d\n' % i for i in range(1, 2000)))
    with _gzip.open(_p, 'rt') as f:
        _lines = f.readlines()
    print(len(_lines), _lines[:2], _lines[-1])
    with _gzip.open(_p, 'rb') as f:
        print(f.read(10), f.peek(3)[:3], f.readline(), f.tell())
        f.seek(0)
        print(f.read1(5))
    _tp = _os.path.join(_d, 'a.tar.gz')
    with _tarfile.open(_tp, 'w:gz') as t:
        t.add(_p, arcname='t.gz')
    with _tarfile.open(_tp, 'r:gz') as t:
        print(t.getnames(), len(t.extractfile('t.gz').read()))
    _zp = _os.path.join(_d, 'z.zip')
    with _zipfile.ZipFile(_zp, 'w', _zipfile.ZIP_DEFLATED) as z:
        z.writestr('a.txt', 'hello ' * 100)
    with _zipfile.ZipFile(_zp) as z:
        print(z.read('a.txt')[:12], z.getinfo('a.txt').compress_size < 600)
finally:
    _shutil.rmtree(_d)
