# str.encode('utf-8', errors) on lone surrogates: every built-in handler, a run of consecutive
# surrogates as one error range, adjacent lone surrogates never paired, registered handlers
import _codecs as codecs  # (the C module under codecs: CPython has it too)
s = 'a\udc80\ud83d\ude00b\U0001F600'
for e in ['strict', 'surrogatepass', 'surrogateescape', 'replace', 'ignore',
          'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'no_such_handler']:
    try:
        print(e, s.encode('utf-8', e))
    except UnicodeEncodeError as x:
        print(e, 'UnicodeEncodeError', x.start, x.end, x.reason, x)
    except LookupError as x:
        print(e, 'LookupError', x)
print('\udcff\udc80x'.encode('utf-8', 'surrogateescape'), 'abc'.encode('utf-8', 'no_such_handler'))
print(('\ud83d' + '\ude00').encode('utf-8', 'surrogatepass'), len('\ud83d' + '\ude00'))
try:
    'x\ud800y'.encode()
except UnicodeEncodeError as x:
    print(x, repr(x.object))

def stars(exc):
    return ('*' * (exc.end - exc.start), exc.end)
codecs.register_error('stars', stars)
print(s.encode('utf-8', 'stars'))
codecs.register_error('as_bytes', lambda exc: (b'<%d-%d>' % (exc.start, exc.end), exc.end))
print(s.encode('utf-8', 'as_bytes'))
codecs.register_error('back', lambda exc: ('', -1))
print('a\udc80b'.encode('utf-8', 'back'))
codecs.register_error('wide', lambda exc: ('\xe9', exc.end))
try:
    'a\udc80'.encode('utf-8', 'wide')
except UnicodeEncodeError as x:
    print('wide', x)
codecs.register_error('bad', lambda exc: 42)
try:
    'a\udc80'.encode('utf-8', 'bad')
except TypeError as x:
    print('bad', x)

# literals: a surrogate pair written as escapes stays two code points, also beside an astral one
for lit in ['\ud83d\ude00', '\U0001F600\ud83d\ude00', 'a\udc80\ud83d\ude00b\U0001F600']:
    print(len(lit), [hex(ord(c)) for c in lit])
