# bytes.decode raises UnicodeDecodeError with CPython's attributes and calls registered handlers
import codecs
codecs.register_error('mine', lambda e: ('<%d-%d %s>' % (e.start, e.end, e.reason), e.end))
codecs.register_error('skip2', lambda e: ('?', e.start + 2))
cases = [(b'a\xffb', 'ascii'), (b'a\xff\xe2\x82b\xed\xa0\x80z', 'utf-8'), (b'a\x00\x00\xdc', 'utf-16-le'),
         (b'a\x00\x00\x00\x00\x00\x11\x00', 'utf-32-le'), (b'\x01\x80\x81\x82x', 'ascii'), (b'\x80\x81\x82x', 'utf-8')]
for data, enc in cases:
    for errors in ['strict', 'mine', 'skip2', 'replace', 'surrogatepass', 'surrogateescape', 'backslashreplace', 'ignore']:
        if errors == 'skip2' and enc.startswith('utf-'):
            continue
        try:
            print(enc, errors, repr(data.decode(enc, errors)))
        except UnicodeDecodeError as e:
            print(enc, errors, 'UnicodeDecodeError', e, e.start, e.end, e.object, e.encoding, e.reason)
print(repr(b'\x80\x81\x82x'.decode('utf-8', 'skip2')))
try:
    b'\x80'.decode('utf-8', 'nohandler')
except LookupError as e:
    print('LookupError', e)
codecs.register_error('bad', lambda e: (1, 2))
try:
    b'\x80'.decode('ascii', 'bad')
except TypeError as e:
    print('TypeError', e)
codecs.register_error('far', lambda e: ('', 99))
try:
    b'\x80'.decode('ascii', 'far')
except IndexError as e:
    print('IndexError', e)
print(b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass') == '\ud800',
      b'\x00\xd8'.decode('utf-16-le', 'surrogatepass') == '\ud800')
def replacing(exc):
    exc.object = 42
    return ('\u4242', 0)
codecs.register_error('test.replacing', replacing)
for enc, data in [('ascii', b'\xff'), ('utf-8', b'\xff'), ('utf-16', b'\xff'), ('utf-32', b'\xff')]:
    try:
        data.decode(enc, 'test.replacing')
    except TypeError as e:
        print(enc, 'TypeError', e)
