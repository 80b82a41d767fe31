# unicodedata's per-character properties (Unicode 14.0, as CPython 3.11): category, bidirectional,
# combining, east_asian_width, mirrored, decomposition, decimal/digit/numeric with and without a
# default, name and lookup (aliases, named sequences, algorithmic names), and the errors.
import unicodedata as u

print(u.unidata_version)
chars = ['a', 'Z', '5', '\u00bd', '\u00b2', '\u0661', '\u2167', '\u4e07', '\u0301', '\u05d0', '(', '\u00e9',
         '\uac00', '\ud55c', '\u4e00', '\U00020000', '\uf900', '\ufa6e', '\U00017000', '\U0001b170',
         '\U0001f600', '\ud800', '\x00', '\u200b', '\ufeff', '\U000e0001', '\U0010ffff', '\u3000', '\uff21',
         '\u0e3f', '\u2028', '\U0001fae0', '\U0001faf7']
for ch in chars:
    print(ascii(ch), u.category(ch), repr(u.bidirectional(ch)), u.combining(ch), u.east_asian_width(ch),
          u.mirrored(ch), repr(u.decomposition(ch)), u.decimal(ch, None), u.digit(ch, None),
          u.numeric(ch, None), u.name(ch, '<no name>'))

for name in ['LATIN SMALL LETTER A', 'latin small letter a', 'NUL', 'LATIN CAPITAL LETTER GHA',
             'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE', 'CJK UNIFIED IDEOGRAPH-4E00',
             'HANGUL SYLLABLE HAN', 'NUSHU CHARACTER-1B170', 'SNOWMAN', 'GREEK SMALL LETTER ALPHA']:
    print(name, ascii(u.lookup(name)))
for name in ['NOT A CHARACTER NAME', 'TANGUT IDEOGRAPH-17000', 'CJK COMPATIBILITY IDEOGRAPH-FA6E',
             'CJK UNIFIED IDEOGRAPH-9FFFF', 'x' * 300]:
    try:
        u.lookup(name)
    except KeyError as e:
        print('KeyError', e)

calls = [(u.name, ('\x00',)), (u.name, ('ab',)), (u.name, (5,)), (u.name, ()), (u.name, ('a', 1, 2)),
         (u.decimal, ('x',)), (u.digit, ('x',)), (u.numeric, ('x',)), (u.category, ()),
         (u.category, ('ab',)), (u.lookup, (5,)), (u.combining, ('a', 'b'))]
for f, args in calls:
    try:
        print(f.__name__, f(*args))
    except (TypeError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)
try:
    u.name(ch='a')
except TypeError as e:
    print('TypeError', e)
print(u.decimal('x', -1), u.digit('x', 'none'), u.numeric('x', 0.5))
print('\N{SNOWMAN}' == u.lookup('SNOWMAN'), [ascii(c) for c in 'é\u0301ñ' if u.combining(c)])
