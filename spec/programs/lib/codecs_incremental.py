# incremental encoders/decoders keep split sequences, byte order marks and state between calls
import codecs
d = codecs.getincrementaldecoder('utf-8')()
data = 'a\u20ac\U0001d11e\xe9'.encode('utf-8')
print([d.decode(data[i:i + 1]) for i in range(len(data))], repr(d.decode(b'', True)), d.getstate())
d = codecs.getincrementaldecoder('utf-8')()
print(repr(d.decode(b'\xe2\x82')), d.getstate())
try:
    d.decode(b'', final=True)
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
d.reset()
print(d.getstate(), repr(d.decode(b'ok')))
d = codecs.getincrementaldecoder('utf-8')('replace')
print(repr(d.decode(b'a\xff\xe2')), repr(d.decode(b'', True)))
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be',
            'latin-1', 'ascii', 'utf-8-sig', 'unicode_escape', 'raw_unicode_escape']:
    text = 'a\xe9\n\u20acb\\' if enc not in ('ascii', 'latin-1') else 'ab\nc\\'
    parts = list(codecs.iterencode(iter([text[:2], text[2:], '']), enc))
    joined = b''.join(parts)
    one_by_one = list(codecs.iterdecode(iter([joined[i:i + 1] for i in range(len(joined))]), enc))
    print(enc, parts, joined == codecs.encode(text, enc), ''.join(one_by_one) == text, len(one_by_one))
e = codecs.getincrementalencoder('utf-16')()
print(e.encode('a'), e.getstate(), e.encode('b'))
e.reset()
print(e.encode('c'))
d = codecs.getincrementaldecoder('utf-16')()
print(repr(d.decode(b'\xfe')), d.getstate(), repr(d.decode(b'\xff\x00')), d.getstate(), repr(d.decode(b'a')))
d = codecs.getincrementaldecoder('utf-32')()
try:
    d.decode(b'a\x00\x00\x00')
except UnicodeError as e:
    print(type(e).__name__, e)
d = codecs.getincrementaldecoder('utf-16')()
try:
    d.decode(b'a\x00')
except UnicodeError as e:
    print(type(e).__name__, e)
print(list(codecs.iterencode(['ab', 'c'], 'rot13')), list(codecs.iterdecode([b'61', b'62'], 'hex')))
class Upper(codecs.BufferedIncrementalEncoder):
    def _buffer_encode(self, input, errors, final):
        keep = 0 if final else len(input) % 2
        return (input[:len(input) - keep].upper().encode(), len(input) - keep)
u = Upper()
print(u.encode('abc'), u.getstate(), u.encode('d'), u.encode('e', True), u.getstate())
