# The 'idna' codec (RFC 3490 with nameprep): str.encode/bytes.decode and codecs.encode/decode of
# host names (dots of four kinds, trailing dots, labels too long or empty, the ACE prefix, bidi
# rules, prohibited characters, round-trip failures, error handlers other than strict), ToASCII,
# ToUnicode and nameprep (encodings.idna's, pystm's _codec_idna), the incremental encoder and
# decoder keeping an unfinished label, and a text stream.
import codecs
def show(tag, f):
    try: r = f()
    except Exception as e: r = '%s: %s %r' % (type(e).__name__, e, e.args[1:] if len(e.args) > 1 else '')
    print(tag, ascii(r))
enc = ['', 'abc', 'bücher.de', 'Bücher.DE', 'www.Ünicode.org.', 'a..b', '.', 'a.', '..', 'x'*63, 'x'*64, 'x'*64 + '.de', 'ü'*60,
       'a\u3002b\uff0ec\uff61d', 'ü\u3002de', 'straße.de', 'xn--abc', 'xn--bücher', 'ümlaut\u200b.com', 'a\u00adb.de', 'ü\u0627', '\u0627ü\u0628',
       '\u0627\u0628', '\u0627a\u0628', 'a\u0627', 'ü\ue000', 'ü\x00', 'ü ', 'ü\u2000', '\ufb01ü', 'ǰ.de', 'ü\u0221', '\U0001F600.com', 'ü\udc80',
       'ü' + '.' + 'x'*64, 'x'*64 + '.ü', 'ÄÖÜ', 'ü\u0340']
for s in enc:
    show('E ' + ascii(s), lambda: s.encode('idna'))
dec = [b'', b'abc', b'xn--bcher-kva.de', b'XN--BCHER-KVA.de', b'xn--bcher-kva.', b'a..b', b'.', b'xn--', b'xn--abc-', b'xn--abc',
       b'xn--bcher-kv', b'xn--Bcher-kva', b'xn--bcher-kva' + b'x'*60, b'x'*64, b'\xff', b'a\xff.xn--bcher-kva', bytearray(b'xn--tda'),
       b'xn--ss-', b'xn--zca', b'xn--bcher-kva\xff', b'x' * 1100, b'xn--' + b'a'*1030, b'xn--ls8h', b'xn--ls8h.xn--ls8h']
for b in dec:
    show('D ' + ascii(b)[:60], lambda: codecs.decode(b, 'idna'))
show('D str', lambda: codecs.decode('abc', 'idna'))
show('E ignore', lambda: codecs.encode('abc', 'idna', 'ignore'))
show('D replace', lambda: codecs.decode(b'abc', 'idna', 'replace'))
show('E bytes', lambda: codecs.encode(b'abc', 'idna'))
try:
    import encodings.idna as I
except ImportError:
    import _codec_idna as I
for s in ['bücher', 'abc', '', 'xn--x', 'ü'*70, 'ß']:
    show('TA ' + ascii(s), lambda: I.ToASCII(s))
for s in [b'xn--bcher-kva', 'bücher', 'xn--bcher-kva', b'abc', 'ABC', 'xn--tda', b'XN--TDA', b'xn--TDA', 'Bücher', '\u0627a']:
    show('TU ' + ascii(s), lambda: I.ToUnicode(s))
for s in ['Bücher', 'ab\u00adc', 'ﬁ', '\u0627\u0628', 'a\u2000', 'A\u030a', 'İ']:
    show('NP ' + ascii(s), lambda: I.nameprep(s))
for chunks in [['bü', 'cher.', 'de'], ['www.', 'bücher', '.de.'], ['a', '.', 'b'], ['ü.', ''], ['', ''], ['xn--', 'bcher-kva.d']]:
    def run(chunks=chunks):
        e = codecs.getincrementalencoder('idna')()
        out = [e.encode(c) for c in chunks] + [e.encode('', True)]
        return out
    show('IE ' + ascii(chunks), run)
for chunks in [[b'xn--bc', b'her-kva.', b'de'], [b'www.', b'xn--bcher-kva', b'.de.'], [b'a', b'.', b'b'], [b'', b''], [b'abc.', b'def']]:
    def run(chunks=chunks):
        d = codecs.getincrementaldecoder('idna')()
        return [d.decode(c) for c in chunks] + [d.decode(b'', True)]
    show('ID ' + ascii(chunks), run)
show('IE strict', lambda: codecs.getincrementalencoder('idna')('ignore').encode('x', True))
show('ID strict', lambda: codecs.getincrementaldecoder('idna')('ignore').decode(b'x', True))
show('info', lambda: (codecs.lookup('idna').name, codecs.lookup('IDNA').name, codecs.lookup('punycode').name))
import io
show('stream', lambda: io.TextIOWrapper(io.BytesIO(b'xn--bcher-kva.de\n'), encoding='idna').read())
