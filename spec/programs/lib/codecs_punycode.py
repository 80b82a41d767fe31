# The 'punycode' codec (RFC 3492): encoding basic and extended characters, lone surrogates and
# astral ones; decoding with strict/ignore/replace (incomplete integers, bad digits, code points
# past U+10FFFF, non-ASCII bytes in either part, upper case), bytearray and str input, the
# incremental encoder and decoder, and an unsupported error handler.
import codecs
enc = ['', 'abc', 'bücher', 'ü', 'ÜBER', 'a-b', '-', 'abc-', '\U0001F600', 'Bahnhof Zürich', '日本語', 'Pročprostěnemluvíčesky', '\x00\x7f', 'ab\u0101\ud800x', 'a'*30 + 'é'*30]
for s in enc:
    try: print('E', ascii(s), s.encode('punycode'))
    except Exception as e: print('E', ascii(s), type(e).__name__, e)
dec = [b'', b'abc-', b'bcher-kva', b'BCHER-KVA', b'tda', b'-', b'--', b'a-', b'-a', b'abc', b'bcher-kv', b'bcher-k!a', b'bcher-kva9999999', b'\xff', b'b\xffcher-kva', b'xx-zzzzzzzzzzzzzzzz', 'bcher-kva', b'99999999999999', b'a-99z', bytearray(b'tda')]
for b in dec:
    for errors in ('strict', 'ignore', 'replace'):
        try: print('D', ascii(b), errors, ascii(codecs.decode(b, 'punycode', errors)))
        except Exception as e: print('D', ascii(b), errors, type(e).__name__, e)
for s in ['bücher', 'abc']:
    ie = codecs.getincrementalencoder('punycode')()
    print('IE', ie.encode(s), ie.encode('', True))
    idd = codecs.getincrementaldecoder('punycode')()
    print('ID', ascii(idd.decode(s.encode('punycode'))), ascii(idd.decode(b'', True)))
print(codecs.lookup('punycode').name, codecs.lookup('idna').name)
try: codecs.encode('x', 'punycode', 'bogus'); print('no error for bogus errors (encode)')
except Exception as e: print(type(e).__name__, e)
try: print(ascii(codecs.decode(b'bcher-k!a', 'punycode', 'bogus')))
except Exception as e: print(type(e).__name__, e)
