# unicodedata.normalize and is_normalized in the four forms (Unicode 14.0, as CPython 3.11):
# canonical ordering of combining marks, composition blocked by a mark of the same class,
# Hangul syllables, composition exclusions and singletons, compatibility forms, lone surrogates,
# and the errors.
import unicodedata as u

samples = [
    'e\u0301', '\u00e9', 'a\u0323\u0302', 'a\u0302\u0323', '\u1ea0\u0302', 'o\u0308\u0304',
    'a\u0301\u0301', '\u0301a', 'A\u030a', '\u212b', '\u2126', '\u0958', '\u2adc', '\u0344',
    '\u1100\u1161', '\u1100\u1161\u11a8', '\uac00\u11a8', '\ud55c\uae00', '\u1100\u1100\u1161',
    '\ufb01', '\u2460', '\u00bd', '\u00b2', '\u3000', '\uff21\uff22', '\u1e9b\u0323',
    'Ça été déjà naïve', '\U0001d400', '\u0f73', '\u0f77', 'ﷺ', '\u3300', '\ufdfa',
    'x\ud800y', '', 'plain ascii', '\u00a0', '\u0387', '\u1f80', '\u0cca', '\u0b4b',
]
for s in samples:
    out = [u.normalize(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')]
    flags = ''.join('1' if u.is_normalized(f, s) else '0' for f in ('NFC', 'NFD', 'NFKC', 'NFKD'))
    print(ascii(s), [ascii(o) for o in out], flags)

s = 'plain ascii'
print(u.normalize('NFC', s) is s, u.normalize('NFKD', s) == s)
text = ''.join(chr(c) for c in range(0xc0, 0x250)) + ''.join(chr(c) for c in range(0x1e00, 0x1f00))
for f in ('NFC', 'NFD', 'NFKC', 'NFKD'):
    n = u.normalize(f, text)
    print(f, len(n), u.is_normalized(f, n), u.normalize(f, n) == n, u.normalize('NFC', u.normalize('NFD', text)) == u.normalize('NFC', text))
for args in [('NFX', 'a'), ('nfc', 'a'), (1, 'a'), ('NFC', 1), ('NFC',), ('NFC', 'a', 'b')]:
    for f in (u.normalize, u.is_normalized):
        try:
            f(*args)
        except (TypeError, ValueError) as e:
            print(f.__name__, type(e).__name__, e)
