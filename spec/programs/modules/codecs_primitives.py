# _codecs: the escape and charmap primitives and the error handler registry that codecs.py and
# the encodings/ package are built on.
import _codecs

print(_codecs.escape_decode(b'a\\x41\\n\\\\\\101\\q'))
print(_codecs.escape_encode(b"a'\x00\n\xff\\"))
print(_codecs.unicode_escape_decode(b'\\u20ac \\U0001F600 \\x41\\n\\t\\101'))
print(_codecs.unicode_escape_encode('a\u20ac\n\x7f\U0001F600\\'))
print(_codecs.raw_unicode_escape_encode('a\u20ac\xe9\U0001F600\\'))
print(_codecs.raw_unicode_escape_decode(b'a\\u20ac\\\\u0041\xe9'))
for bad in (b'\\x4', b'\\u12', b'abc\\'):
    try:
        print(_codecs.unicode_escape_decode(bad))
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError:', e)
print(_codecs.unicode_escape_decode(b'\\x4z', 'replace'))
table = 'ab\ufffec'
enc = _codecs.charmap_build(table)
print(sorted(enc.items()))
print(_codecs.charmap_decode(b'\x00\x01\x03', 'strict', table))
print(_codecs.charmap_encode('abca', 'strict', enc))
for data, errors in ((b'\x02', 'strict'), (b'\x02\x07', 'replace'), (b'\x07', 'ignore')):
    try:
        print(_codecs.charmap_decode(data, errors, table))
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError:', e)
for errors in ('strict', 'replace', 'ignore', 'xmlcharrefreplace', 'backslashreplace'):
    try:
        print(_codecs.charmap_encode('aZb', errors, enc))
    except UnicodeEncodeError as e:
        print('UnicodeEncodeError:', e)
print(_codecs.utf_8_decode(b'a\xc3', 'strict', False), _codecs.utf_8_decode(b'a\xc3\xa9', 'strict', True))
print(_codecs.utf_16_decode(b'\xff\xfea\x00b'), _codecs.utf_16_ex_decode(b'\xfe\xff\x00a', 'strict', 0, True))
print(_codecs.latin_1_encode('\xe9'), _codecs.ascii_decode(b'abc'))
exc = UnicodeEncodeError('ascii', 'a\xe9\u20acb', 1, 3, 'no')
for name in ('ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace'):
    print(name, _codecs.lookup_error(name)(exc))
try:
    _codecs.lookup_error('nonesuch')
except LookupError as e:
    print('LookupError:', e)
_codecs.register_error('mine', lambda e: ('<%d>' % e.start, e.end))
print(_codecs.lookup_error('mine')(exc), 'x\xe9y'.encode('ascii', 'replace'))
try:
    _codecs.lookup_error('strict')(exc)
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
