# The incremental UTF-8 and UTF-8-SIG decoders with more input to come: an incomplete but valid
# start of a sequence waits for the next call; bytes that can never begin or continue one (C0, C1,
# F5-FF, E0 80-9F, ED A0 80, F0 80-8F, F4 90+) raise at once, as CPython's (issue #24214).
# ED A0-BF at the very end (a surrogate's start) waits, for the surrogatepass handler.
import codecs
cases = [b'\x80', b'\xBF', b'\xC0', b'\xC1', b'\xF5', b'\xF6', b'\xFF', b'\xC2', b'\xE0', b'\xE0\xA0', b'\xF0\x90\x80', b'\xF4\x8F\xBF', b'\xE0\x80', b'\xE0\x9F', b'\xED\xA0\x80', b'\xED\xBF\xBF', b'\xF0\x80', b'\xF0\x8F', b'\xF4\x90', b'a\xc3', b'a\xc3\xa9', b'\xef\xbb', b'\xc2\x7f', b'\xf4\x8f\xbf\xbf', b'\xed\xa0', b'\xed\xbf', b'\xed']
for enc in ('utf-8', 'utf-8-sig'):
    for d in cases:
        dec = codecs.getincrementaldecoder(enc)()
        try: r = ascii(dec.decode(d)), dec.getstate()
        except UnicodeDecodeError as e: r = 'UDE', e.start, e.end, e.reason
        print(enc, d, r)
    print(codecs.utf_8_decode(b'a\xe0\xa0', 'strict', False))
for enc in ('utf-8', 'utf-8-sig'):
    for s in ('\ud901', '\udc02'):
        data = s.encode(enc, 'surrogatepass')
        for i in range(1, len(data)):
            dec = codecs.getincrementaldecoder(enc)('surrogatepass')
            print(enc, ascii(s), i, ascii(dec.decode(data[:i])), ascii(dec.decode(data[i:], True)))
