# codecs.register/unregister, error handlers, and bad arguments
import codecs
print(codecs.encode('a\xffb\u20ac', 'ascii', 'xmlcharrefreplace'), codecs.encode('a\xff\u20ac', 'ascii', 'backslashreplace'),
      codecs.encode('a\xff', 'ascii', 'replace'), codecs.encode('a\xff', 'ascii', 'ignore'))
print(codecs.strict_errors is codecs.lookup_error('strict'), codecs.ignore_errors is codecs.lookup_error('ignore'))
print(codecs.replace_errors(UnicodeEncodeError('ascii', 'ab', 0, 2, 'x')),
      codecs.backslashreplace_errors(UnicodeEncodeError('ascii', 'a\xe9', 1, 2, 'x')),
      codecs.xmlcharrefreplace_errors(UnicodeEncodeError('ascii', 'a\xe9', 1, 2, 'x')),
      codecs.ignore_errors(UnicodeDecodeError('ascii', b'a\xe9', 1, 2, 'x')))
try:
    codecs.strict_errors(UnicodeEncodeError('ascii', 'a\xe9', 1, 2, 'bad'))
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
def handler(exc):
    return ('<%d-%d>' % (exc.start, exc.end), exc.end)
codecs.register_error('mine', handler)
print(codecs.lookup_error('mine') is handler, 'a\xe9\xe8b'.encode('ascii', 'mine'), 'a\xe9\u20acb'.encode('latin-1', 'mine'))
try:
    'a\xe9b'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
print('a\udcffb'.encode('ascii', 'surrogateescape'), 'a\udcffb'.encode('latin-1', 'surrogateescape'))
def search(name):
    if name == 'myenc':
        return codecs.CodecInfo(lambda s, e='strict': (s.upper().encode(), len(s)),
                                lambda b, e='strict': (bytes(b).decode().lower(), len(b)), name='myenc')
    return None
codecs.register(search)
print(codecs.lookup('myenc').name, 'abc'.encode('myenc'), b'ABC'.decode('myenc'), codecs.encode('x', 'myenc'))
codecs.unregister(search)
try:
    codecs.lookup('myenc')
except LookupError as e:
    print('LookupError', e)
bad = [lambda: codecs.lookup(1), lambda: codecs.encode('a', 1), lambda: codecs.decode(b'a', 'utf-8', 1),
       lambda: codecs.lookup_error('zzz'), lambda: codecs.register(1), lambda: codecs.register_error('x', 1),
       lambda: 'x'.encode('rot13'), lambda: b'x'.decode('hex'), lambda: codecs.encode('\xff', 'ascii'),
       lambda: codecs.decode(b'\xff', 'utf-8'), lambda: codecs.getincrementalencoder('nope'),
       lambda: codecs.decode(b'zz', 'hex'), lambda: codecs.encode('x', 'hex'), lambda: codecs.Codec().encode('x'),
       lambda: codecs.IncrementalDecoder().decode(b'x'), lambda: codecs.encode('\u20ac', 'latin-1')]
for f in bad:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
