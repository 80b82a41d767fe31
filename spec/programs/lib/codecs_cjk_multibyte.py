# _multibytecodec's objects over the stateful CJK codecs (and a few stateless ones): the
# incremental encoder's and decoder's state as CPython's integers across split input
# (getstate/setstate/reset, setstate's argument errors), the stream reader and writer,
# TextIOWrapper's tell/seek over them, the codecs used from threads, CPython's argument errors.
# (The codecs' escapes and errors: codecs_cjk_stateful.py.)
import codecs
import io

NAMES = ['hz', 'iso2022_jp', 'iso2022_jp_1', 'iso2022_jp_2', 'iso2022_jp_2004', 'iso2022_jp_3',
         'iso2022_jp_ext', 'iso2022_kr']

print('incremental')
for name in NAMES:
    text = '日本 abc 中文 한국 ｱ か゚ ~'
    enc = codecs.getincrementalencoder(name)('ignore')
    parts = []
    states = []
    for ch in text:
        parts.append(enc.encode(ch))
        states.append(enc.getstate())
    parts.append(enc.encode('', True))
    states.append(enc.getstate())
    print(name, [p.hex() for p in parts], states)
    data = b''.join(parts)
    dec = codecs.getincrementaldecoder(name)()
    out = []
    for b in data:
        out.append(dec.decode(bytes([b])))
        out.append(dec.getstate())
    out.append(dec.decode(b'', True))
    print('  dec', ascii(out))
    # setstate back to a saved state, and reset
    dec = codecs.getincrementaldecoder(name)()
    dec.decode(data[:len(data) // 2])
    saved = dec.getstate()
    first = dec.decode(data[len(data) // 2:])
    dec.setstate(saved)
    print('  again', ascii(first), ascii(dec.decode(data[len(data) // 2:])), dec.getstate())
    dec.reset()
    print('  reset', dec.getstate())
    enc = codecs.getincrementalencoder(name)()
    print('  enc', enc.encode('中あ'), enc.getstate(), enc.reset(), enc.getstate(), enc.encode('a'))
    try:
        dec.decode(b'\x1b$B!', True)
    except UnicodeDecodeError as e:
        print('  final', e.start, e.end, e.reason, dec.getstate())

print('state layout')
enc = codecs.getincrementalencoder('euc_jis_2004')()
print(enc.getstate(), enc.encode('\u00e6'), hex(enc.getstate()), enc.encode('\u0300'), enc.getstate())
enc.setstate(enc.getstate() | (0x1234 << 8 * 3))
print(hex(enc.getstate()))
for state in (1 << 200, -1, 9, 0x01ff, 'x'):
    try:
        enc.setstate(state)
        print('ok', enc.getstate())
    except Exception as e:
        print(type(e).__name__, e)
dec = codecs.getincrementaldecoder('euc_jp')()
print(dec.decode(b'\xa4'), dec.getstate())
for state in ((b'', 1 << 64), (b'123456789', 0), (b'', -1), 1, ('a', 1), (b'\xa4', 7)):
    try:
        dec.setstate(state)
        print('ok', dec.getstate())
    except Exception as e:
        print(type(e).__name__, e)
print(ascii(dec.decode(b'\xa6')))
e = codecs.getincrementalencoder('iso2022_jp')()
print(e.encode('z'), e.getstate(), e.encode('\u3042'), e.getstate(), e.encode('z'), e.getstate())
e.errors = 'replace'
print(e.errors, e.encode('\u0100'))
try:
    del e.errors
except AttributeError as exc:
    print('AttributeError')

print('streams')
for name in ('iso2022_jp', 'hz', 'iso2022_kr', 'euc_jis_2004'):
    buf = io.BytesIO()
    w = codecs.getwriter(name)(buf, 'replace')
    w.write('日本')
    w.write('語 a')
    w.writelines(['中', '한', 'æ'])
    before = buf.getvalue()
    w.reset()
    print(name, before.hex(), buf.getvalue().hex())
    r = codecs.getreader(name)(io.BytesIO(buf.getvalue() + b'\n2nd line\n'))
    print('  ', ascii(r.readline()), ascii(r.read(3)), ascii(r.read()))
    r = codecs.getreader(name)(io.BytesIO(buf.getvalue()), 'replace')
    print('  ', ascii(r.readlines()))
r = codecs.getreader('iso2022_jp')(io.BytesIO(b'\x1b$B$"'))
try:
    print(ascii(r.read(1)))
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.start, e.end, e.reason)
import _multibytecodec
for cls in (_multibytecodec.MultibyteStreamReader, _multibytecodec.MultibyteStreamWriter,
            _multibytecodec.MultibyteIncrementalEncoder, _multibytecodec.MultibyteIncrementalDecoder):
    try:
        cls(None) if 'Stream' in cls.__name__ else cls()
    except Exception as e:
        print(cls.__name__, type(e).__name__)
for alias in ('hz-gb-2312', 'HZGB', 'csISO2022JP', 'iso-2022-jp-2', 'ISO2022JP_EXT', 'iso-2022-kr', 'iso2022jp-2004'):
    print(alias, codecs.lookup(alias).name)

print('text files')
for name in ('iso2022_jp', 'hz', 'iso2022_kr', 'iso2022_jp_2'):
    raw = io.BytesIO()
    f = io.TextIOWrapper(raw, encoding=name, errors='replace', newline='\n')
    f.write('日本語\n中文 abc\n한국어\n')
    f.flush()
    data = raw.getvalue()
    f = io.TextIOWrapper(io.BytesIO(data), encoding=name, newline='\n')
    first = f.readline()
    if name == 'iso2022_kr':
        # CPython's tell() cannot pack this decoder's flags (G1 = KS X 1001: over 2**31):
        # OverflowError, so no tell/seek here
        print(name, data.hex(), ascii(first), ascii(f.read()))
        continue
    pos = f.tell()
    rest = f.read()
    f.seek(pos)
    print(name, data.hex(), ascii(first), ascii(rest), ascii(f.read()) == ascii(rest))

print('threads')
import threading
results = {}


def work(name):
    text = '日本語 abc 中文 한국어 ｱ か゚'
    data = text.encode(name, 'replace')
    dec = codecs.getincrementaldecoder(name)()
    results[name] = (data.hex(), ascii(''.join(dec.decode(bytes([b])) for b in data)), dec.getstate())


threads = [threading.Thread(target=work, args=(n,)) for n in NAMES + ['euc_jis_2004']]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name in sorted(results):
    print(name, results[name])

print('arguments')
for f in [lambda: codecs.getincrementalencoder('hz')(None), lambda: codecs.getreader('hz')(io.BytesIO(), 1),
          lambda: codecs.getreader('hz')(io.BytesIO(), None).errors,
          lambda: codecs.getincrementaldecoder('hz')(errors=None).errors,
          lambda: codecs.getreader('hz')(io.BytesIO(b'ab')).read(None),
          lambda: codecs.getreader('hz')(io.BytesIO(b'ab')).read('x'),
          lambda: codecs.getreader('hz')(io.BytesIO(b'ab')).readlines(-1),
          lambda: codecs.getwriter('euc_kr')(io.BytesIO(), 5), lambda: codecs.getincrementalencoder('big5')().encode(12),
          lambda: codecs.getincrementaldecoder('big5')().decode('x'),
          lambda: codecs.lookup('hz').decode(bytearray(b'~{VP~}')), lambda: codecs.lookup('iso2022_jp').encode(12),
          lambda: codecs.lookup('iso2022_jp').decode(), lambda: codecs.lookup('hz').encode('\u0100', 'bogus')]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for f in [lambda: codecs.lookup('hz').encode(), lambda: codecs.lookup('euc_jp').encode('a', 1),
          lambda: codecs.lookup('euc_jp').decode(b'a', 1), lambda: codecs.lookup('euc_jp').decode(b'a', None)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
