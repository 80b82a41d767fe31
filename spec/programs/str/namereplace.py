# The namereplace error handler names each character that cannot be encoded (\N{...}), with
# \x/\u/\U escapes for those without a name; and \N{} escapes in source follow CPython 3.11's
# name table (no TANGUT IDEOGRAPH names; aliases yes, named sequences no).
import codecs

for enc in ['ascii', 'latin-1', 'utf-16-le', 'utf-8']:
    for s in ['caf\u00e9 \u2603', '\u4e00\uac00\U0001f600', '\x80\u0378\U000e0080', 'a\ud800b', '\U00017000']:
        try:
            print(enc, ascii(s), s.encode(enc, 'namereplace'))
        except UnicodeEncodeError as e:
            print(enc, ascii(s), 'UnicodeEncodeError', e.start, e.end, e.reason)
print(codecs.namereplace_errors(UnicodeEncodeError('ascii', '\xe9\u20ac', 0, 2, 'x')))
for src in ['"\\N{TANGUT IDEOGRAPH-17000}"', '"\\N{NUL}"', '"\\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}"',
            '"\\N{CJK COMPATIBILITY IDEOGRAPH-FA6E}"', '"\\N{CJK COMPATIBILITY IDEOGRAPH-FA70}"', '"\\N{nushu character-1b170}"']:
    try:
        print(src, ascii(eval(src)))
    except SyntaxError as e:
        print(src, 'SyntaxError', e.msg)
