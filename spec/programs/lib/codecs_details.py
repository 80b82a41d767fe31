# codecs details as CPython 3.11's: the incremental UTF-16 decoders keep a high surrogate for its low
# one; lookup() normalizes names as _Py_normalize_encoding (runs of punctuation and non-ASCII
# characters are one '_'); charmap_decode's mapping values checked; escape_encode takes bytes only;
# readbuffer_encode.
import codecs
for enc in ('utf-16', 'utf-16-le', 'utf-16-be'):
    data = '\x00\xff\u0100\uffff\U00010000\U0010ffff'.encode(enc)
    dec = codecs.getincrementaldecoder(enc)()
    out = []
    for i in range(len(data)):
        out.append(dec.decode(data[i:i + 1]))
    out.append(dec.decode(b'', True))
    print(enc, ascii(out))
    dec = codecs.getincrementaldecoder(enc)()
    try:
        print(ascii(dec.decode(data[:-2])), ascii(dec.decode(b'', True)))
    except UnicodeDecodeError as e:
        print('UDE', e)
    print(codecs.utf_16_le_decode(b'\x00\xd8', 'strict', False), codecs.utf_16_be_decode(b'\xd8\x00\xdc', 'strict', False))
import sys
def search(name):
    return (1, 2, 3, 4) if name == 'aaa_8' else None
codecs.register(search)
for n in ['aaa_8', 'AAA-8', 'AAA---8', 'AAA   8', 'aaa\xe9\u20ac-8', '-aaa-8', 'AAA.8', 'a\xe9\u20ac-8']:
    try: print(ascii(n), codecs.lookup(n))
    except LookupError as e: print(ascii(n), 'LookupError', e)
import sys
for m in [{0: sys.maxunicode + 1}, {0: -1}, {0: 3.0}, {0: b'x'}, {0: 'ab'}, {0: ''}]:
    try: print(codecs.charmap_decode(b'\x00', 'strict', m))
    except Exception as e: print(type(e).__name__, e)
for a in [bytearray(b'spam'), 'spam', memoryview(b'x'), b'a\\\x00']:
    try: print(codecs.escape_encode(a))
    except Exception as e: print(type(e).__name__, e)
import array
print(codecs.readbuffer_encode(b'ab'), codecs.readbuffer_encode('\xe9'), codecs.readbuffer_encode(bytearray(b'x')), codecs.readbuffer_encode(memoryview(b'xy')), codecs.readbuffer_encode(array.array('b', b'spam')))
