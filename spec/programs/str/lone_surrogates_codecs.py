# Lone surrogates side by side through the codecs: decoding with surrogatepass (utf-8, utf-32),
# surrogateescape and an error handler returning two lone surrogates gives two code points;
# encoding with backslashreplace / xmlcharrefreplace names each of them.
import codecs

hi, lo = '\ud800', '\udc00'


def show(k, v):
    print(k, len(v), ascii(v))


for enc in ('utf-8', 'utf-16-le', 'utf-32-le', 'utf-32-be'):
    b = (hi + lo).encode(enc, 'surrogatepass')
    show(enc + ' surrogatepass', b.decode(enc, 'surrogatepass'))
show('utf-8 pass + astral', b'\xed\xa0\x80\xed\xb0\x80\xf0\x9f\x98\x80'.decode('utf-8', 'surrogatepass'))
show('str(bytes)', str(b'\xed\xa0\x80\xed\xb0\x80', 'utf-8', 'surrogatepass'))
show('bytearray', bytearray(b'\xed\xa0\x80\xed\xb0\x80').decode('utf-8', 'surrogatepass'))
show('surrogateescape', b'a\xff\xfe'.decode('utf-8', 'surrogateescape'))
codecs.register_error('test.hilo', lambda e: (hi + lo, e.end))
show('handler', b'a\xffb'.decode('ascii', 'test.hilo'))
codecs.register_error('test.astral', lambda e: ('\U00010000', e.end))
show('handler astral', b'a\xffb'.decode('ascii', 'test.astral'))
print((hi + lo).encode('ascii', 'backslashreplace'))
print(('\U00010000' + hi + lo).encode('latin-1', 'xmlcharrefreplace'))
try:
    (hi + lo).encode('utf-8')
except UnicodeEncodeError as e:
    print('strict', e.start, e.end)
