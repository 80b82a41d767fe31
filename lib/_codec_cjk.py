# The stateless CJK codecs (big5, big5hkscs, cp932, cp949, cp950, euc_jis_2004, euc_jisx0213,
# euc_jp, euc_kr, gb18030, gb2312, gbk, johab, shift_jis, shift_jis_2004, shift_jisx0213),
# written for pystm: the tables of lib/_cjk_tables.py (the character sets' mappings as CPython
# 3.11's codecs apply them, generated and checked against them by
# compiler/tools/gen_cjk_codecs.py) run by the native module _cjk (vm/modules/cjk_module.ts,
# cjk_tables.ts). A sequence is read from its first byte: a character alone, a lead byte whose
# second byte picks a row entry (a third byte for some), gb18030's four-byte form by arithmetic
# over runs, and euc_kr's eight-byte make-up sequences for Hangul syllables. Errors are
# "illegal multibyte sequence" (CPython's lengths: usually the first byte only) and "incomplete
# multibyte sequence" at the end; this module calls the error handlers and resumes.
# _codecs_own.py registers the codecs. The ISO-2022 and HZ codecs (stateful) are not provided.

import codecs
import _codecs
import _cjk
from _cjk_tables import TABLES, ALIASES

_REASONS = (None, 'illegal multibyte sequence', 'incomplete multibyte sequence')
_blobs = {}


def _loaded(name):
    blob = _blobs.get(name)
    if blob is None:
        blob = _blobs[name] = ''.join(TABLES[name])
    _cjk.load(name, blob)  # once per isolate (a worker has its own tables)
    return name


def decode(name, data, errors, final):
    """(text, bytes used): an incomplete sequence at the end waits unless final."""
    if not isinstance(data, bytes):
        with memoryview(data) as view:
            data = view.tobytes()
    _loaded(name)
    out = []
    i = 0
    while True:
        text, stop, end, reason = _cjk.decode(name, data, i, final)
        out.append(text)
        if reason == 0:
            return (''.join(out), stop)
        exc = UnicodeDecodeError(name, data, stop, end, _REASONS[reason])
        if errors is None or errors == 'strict':
            raise exc
        text, i = _codecs._decode_handler_result(exc, errors)
        out.append(text)


def encode(name, text, errors, final=True):
    """(bytes, characters used): a character that may begin a pair waits at the end unless
    final."""
    if not isinstance(text, str):
        raise TypeError("couldn't convert the object to unicode.")
    _loaded(name)
    out = []
    i = 0
    while True:
        data, stop, failed = _cjk.encode(name, text, i, final)
        out.append(data)
        if not failed:
            return (b''.join(out), stop)
        exc = UnicodeEncodeError(name, text, stop, stop + 1, _REASONS[1])
        if errors is None or errors == 'strict':
            raise exc
        rep, i = _codecs._encode_handler_result(exc, errors)
        if isinstance(rep, str):
            data, used, failed = _cjk.encode(name, rep, 0, True)
            if failed:
                raise exc
            out.append(data)
        else:
            out.append(bytes(rep))


def codec_name(key):
    """The codec's name for a normalized encoding name, or None."""
    key = ALIASES.get(key, key)
    return key if key in TABLES else None


def _errors_property():
    # CPython's multibyte codec objects keep `errors` in a getset: settable, not deletable
    def get(self):
        return self._errors

    def set(self, value):
        if not isinstance(value, str):
            raise TypeError('errors must be a string')
        self._errors = value
    return property(get, set)


def codec_info(name):
    def encoder(input, errors='strict'):
        data, used = encode(name, input, errors, True)
        return (data, len(input))

    def decoder(input, errors='strict'):
        return decode(name, input, errors, True)

    class IncrementalEncoder(codecs.IncrementalEncoder):
        errors = _errors_property()

        def __init__(self, errors='strict'):
            codecs.IncrementalEncoder.__init__(self, errors)
            self.pending = ''

        def encode(self, input, final=False):
            text = self.pending + input
            data, used = encode(name, text, self.errors, final)
            self.pending = text[used:]
            return data

        def reset(self):
            self.pending = ''

    class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
        errors = _errors_property()

        def _buffer_decode(self, input, errors, final):
            return decode(name, input, errors, final)

    class StreamWriter(codecs.StreamWriter):
        # a pair's first character at the end of a write waits for the next one, as the
        # incremental encoder's
        errors = _errors_property()
        pending = ''

        def encode(self, input, errors='strict'):
            text = self.pending + input
            data, used = encode(name, text, errors, False)
            self.pending = text[used:]
            return (data, len(input))

        def reset(self):
            if self.pending:
                data, used = encode(name, self.pending, self.errors, True)
                self.pending = ''
                self.stream.write(data)

    class StreamReader(codecs.StreamReader):
        errors = _errors_property()

        def decode(self, input, errors='strict'):
            return decode(name, input, errors, False)

        def read(self, size=-1, chars=-1, firstline=False):
            return codecs.StreamReader.read(self, -1 if size is None else size, chars, firstline)

    return codecs.CodecInfo(name=name, encode=encoder, decode=decoder,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader)
