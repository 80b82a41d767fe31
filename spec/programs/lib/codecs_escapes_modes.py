# open()'s mode errors in CPython's order and words; the DeprecationWarning of the first invalid
# escape in escape_decode/unicode_escape_decode (octal past 0o377 too), attributed to the caller;
# raw_unicode_escape's truncated \\u ending at the first non-hex byte, incremental or not.
import io, codecs
for m in ['rtb', 'rbt', 'rw', 'xa', 'U', 'rU', 'wU', 'z', 'rr', 'r+b+', '', 'bt', 'b', 't', '+']:
    try:
        f = open('/dev/null', m); print(m, 'ok', f.mode); f.close()
    except Exception as e: print(repr(m), type(e).__name__, e)
    try:
        codecs.open('/dev/null', m).close(); print('codecs', m, 'ok')
    except Exception as e: print('codecs', repr(m), type(e).__name__, e)
import warnings
warnings.simplefilter('always')
for b in [b'\\q', b'\\8', b'\\Z', b'\\x4', b'\\', b'\\777']:
    with warnings.catch_warnings(record=True) as w:
        try: print(ascii(codecs.escape_decode(b)), [str(x.message) for x in w])
        except Exception as e: print(type(e).__name__, e)
    with warnings.catch_warnings(record=True) as w:
        try: print(ascii(codecs.unicode_escape_decode(b)), [str(x.message) for x in w])
        except Exception as e: print(type(e).__name__, e)
for b in [b'\\u', b'\\u00', b'[\\u]', b'\\U0000', b'a\\', b'\\u12', b'\\x']:
    for final in (False, True):
        for err in ('strict', 'replace', 'ignore'):
            try: print(ascii(b), final, err, ascii(codecs.raw_unicode_escape_decode(b, err, final)))
            except Exception as e: print(ascii(b), final, err, type(e).__name__, e)
import os
def show(message, category, filename, lineno, file=None, line=None):
    print('warning', os.path.basename(filename), lineno, category.__name__, message)
warnings.showwarning = show
codecs.escape_decode(b'\\q')
codecs.unicode_escape_decode(b'\\q')
b'\\q'.decode('unicode_escape')
codecs.decode(b'\\q', 'unicode_escape')
def f():
    return codecs.escape_decode(b'\\777')
f()
