# UTF-7 (RFC 2152) as CPython 3.11 codes it: direct characters, '+-', base64 runs closed by '-' or
# implicitly, astral characters as surrogate pairs, lone surrogates; the decoder's four errors
# under strict/replace/ignore, final and not; byte-by-byte incremental decoding.
import codecs, random
random.seed(7)
samples = ['', 'Hi Mom -\u263a-!', 'A\u2262\u0391.', '\u65e5\u672c\u8a9e', 'Item 3 is \u00a31.', '+', '+-', 'a+b', '~\\', '\x00\x01',
           '\U0001f600 smile', '\ud800', '\udc00x', 'a\ud800\udc00b', '-', 'A-B', '\u20ac-', '\u20acA', '\u20ac/', ' \t\r\n', 'x' * 5]
for s in samples:
    e = s.encode('utf-7')
    print(ascii(s), e, ascii(e.decode('utf-7')))
alphabet = b'+-AZaz09/,.!~\\\x80\xff \x00'
for k in range(400):
    b = bytes(random.choice(alphabet) for _ in range(random.randint(1, 9)))
    for errors in ('strict', 'replace', 'ignore'):
        for final in (True, False):
            try:
                r = codecs.utf_7_decode(b, errors, final)
                print(b, errors, final, ascii(r[0]), r[1])
            except UnicodeDecodeError as e:
                print(b, errors, final, 'UDE', e.start, e.end, e.reason)
for k in range(200):
    s = ''.join(random.choice('aZ+-/ ~\\\u20ac\U0001f600\ud800\udc00\x00.') for _ in range(random.randint(1, 8)))
    e = s.encode('utf-7')
    print(ascii(s), e, ascii(e.decode('utf-7')))
dec = codecs.getincrementaldecoder('utf-7')()
text = 'Hi \u263a, \U0001f600 + \u20ac-done'
print(ascii(''.join(dec.decode(bytes([b])) for b in text.encode('utf-7')) + dec.decode(b'', final=True)))
print(codecs.lookup('UTF7').name, codecs.lookup('unicode-1-1-utf-7').name)
