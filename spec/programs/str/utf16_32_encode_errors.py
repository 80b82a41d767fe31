# str.encode to UTF-16/UTF-32 (with and without a byte order mark) under every built-in error
# handler and registered ones: each lone surrogate is its own error (start, start + 1); a str
# replacement must be ASCII and bytes a whole number of code units, else UnicodeEncodeError.
import codecs

samples = ['a\ud800b', 'x\udcffy\ud83dz', '\U0001f600\udc80', 'a\ud800\ud801b', '\U00010000\uffff']
handlers = ['strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace',
            'surrogatepass', 'surrogateescape', 'namereplace']
for enc in ['utf-16', 'utf-16-le', 'UTF_16BE', 'utf-32', 'utf-32-le', 'utf_32_be']:
    for err in handlers:
        for s in samples:
            try:
                print(enc, err, ascii(s), s.encode(enc, err))
            except UnicodeEncodeError as e:
                print(enc, err, ascii(s), 'UnicodeEncodeError', e.encoding, e.start, e.end, e.reason)

calls = []
def twice(exc):
    calls.append((exc.start, exc.end))
    return ('XY', exc.end)
codecs.register_error('test.twice', twice)
print('a\ud800\ud801b'.encode('utf-16-le', 'test.twice'), calls)
codecs.register_error('test.four', lambda exc: (b'\x01\x02\x03\x04', exc.end))
print('a\ud800b'.encode('utf-32-le', 'test.four'), 'a\ud800b'.encode('utf-16-be', 'test.four'))
for name, handler in [('test.nonascii', lambda exc: ('\xe9', exc.end)),
                      ('test.odd', lambda exc: (b'\x01', exc.end)),
                      ('test.three', lambda exc: (b'\x01\x02\x03', exc.end))]:
    codecs.register_error(name, handler)
    for enc in ['utf-16-le', 'utf-32']:
        try:
            print(enc, name, 'a\ud800b'.encode(enc, name))
        except UnicodeEncodeError as e:
            print(enc, name, 'UnicodeEncodeError', e.encoding, e.start, e.end, e.reason)
print(codecs.utf_16_encode('a\ud800', 'replace'), codecs.utf_32_be_encode('\ud800z', 'ignore'))
print(codecs.encode('\udc80', 'utf-16', 'backslashreplace'))
print(bytes('\U0001f600', 'utf-16-be'), len('\U0001f600'.encode('utf-32')))
