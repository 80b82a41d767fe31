# The codecs pystm knows without CPython's `encodings` package: _codecs.lookup() asks search()
# here when no registered search function knows a name. Each entry is a codecs.CodecInfo with the
# name CPython gives it, incremental encoder/decoder classes and stream classes, built from the
# primitive functions in lib/_codecs.py (UTF-8/16/32, ASCII, Latin-1, the escape codecs) and from
# binascii/base64 (hex, base64) and str.translate (rot13), the single-byte codecs (cp1252,
# iso8859-2, koi8-r, ...) from the tables of lib/_charmap_tables.py, punycode and idna
# (lib/_codec_punycode.py, lib/_codec_idna.py) and the stateless CJK codecs (lib/_codec_cjk.py). Written for pystm
# (lib/NOTES.md).

import codecs
import _codecs
import sys

# names as CPython's standard encodings table documents them (after normalisation: lower case,
# runs of characters other than letters, digits and '.' become one '_')
_ALIASES = {
    '646': 'ascii', 'us_ascii': 'ascii', 'us': 'ascii', 'ansi_x3.4_1968': 'ascii',
    'ansi_x3_4_1968': 'ascii', 'ansi_x3.4_1986': 'ascii', 'cp367': 'ascii', 'csascii': 'ascii',
    'ibm367': 'ascii', 'iso646_us': 'ascii', 'iso_646.irv_1991': 'ascii', 'iso_ir_6': 'ascii',
    '8859': 'latin_1', 'cp819': 'latin_1', 'csisolatin1': 'latin_1', 'ibm819': 'latin_1',
    'iso8859': 'latin_1', 'iso8859_1': 'latin_1', 'iso_8859_1': 'latin_1',
    'iso_8859_1_1987': 'latin_1', 'iso_ir_100': 'latin_1', 'l1': 'latin_1', 'latin': 'latin_1',
    'latin1': 'latin_1',
    'u8': 'utf_8', 'utf': 'utf_8', 'utf8': 'utf_8', 'utf8_ucs2': 'utf_8', 'utf8_ucs4': 'utf_8',
    'cp65001': 'utf_8',
    'u16': 'utf_16', 'utf16': 'utf_16', 'unicodebigunmarked': 'utf_16_be', 'utf_16be': 'utf_16_be',
    'unicodelittleunmarked': 'utf_16_le', 'utf_16le': 'utf_16_le',
    'u32': 'utf_32', 'utf32': 'utf_32', 'utf_32be': 'utf_32_be', 'utf_32le': 'utf_32_le',
    'u7': 'utf_7', 'utf7': 'utf_7', 'unicode_1_1_utf_7': 'utf_7', 'csunicode11utf7': 'utf_7',
    'rot13': 'rot_13', 'hex': 'hex_codec', 'base64': 'base64_codec', 'base_64': 'base64_codec',
}


_normalize = _codecs._normalize  # CPython's _Py_normalize_encoding


def _stateless(name, encode, decode, text=True):
    """CodecInfo for a codec whose pieces can be coded independently (no state between calls)."""

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class IncrementalDecoder(codecs.IncrementalDecoder):
        def decode(self, input, final=False):
            return decode(input, self.errors)[0]

    return _info(name, encode, decode, IncrementalEncoder, IncrementalDecoder, text)


def _buffered(name, encode, partial_decode):
    """CodecInfo for a text codec whose decoder keeps an incomplete sequence for the next call:
    partial_decode(data, errors, final) -> (text, bytes consumed)."""

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            return partial_decode(input, errors, final)

    def decode(input, errors='strict'):
        return partial_decode(input, errors, True)

    def stream_decode(input, errors='strict'):
        return partial_decode(input, errors, False)

    return _info(name, encode, decode, IncrementalEncoder, IncrementalDecoder, True, stream_decode)


def _info(name, encode, decode, incremental_encoder, incremental_decoder, text, stream_decode=None):
    stream_decode = stream_decode or decode

    class StreamWriter(codecs.StreamWriter):
        def encode(self, input, errors='strict'):
            return encode(input, errors)

    class StreamReader(codecs.StreamReader):
        def decode(self, input, errors='strict'):
            return stream_decode(input, errors)

    if not text:
        StreamReader.charbuffertype = bytes
    return codecs.CodecInfo(name=name, encode=encode, decode=decode,
                            incrementalencoder=incremental_encoder,
                            incrementaldecoder=incremental_decoder,
                            streamwriter=StreamWriter, streamreader=StreamReader,
                            _is_text_encoding=text)


def _with_bom(name, unit, encode_with_bom, encode_le, encode_be, decode_detect, decode_le, decode_be):
    """CodecInfo for utf-16/utf-32: the encoder writes a byte order mark first, then native order;
    the decoder reads the mark and then decodes in the order it gave."""
    native_encode = encode_le if sys.byteorder == 'little' else encode_be
    native_decode = decode_le if sys.byteorder == 'little' else decode_be
    other_decode = decode_be if sys.byteorder == 'little' else decode_le

    def decode(input, errors='strict'):
        return decode_detect(input, errors, True)

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def __init__(self, errors='strict'):
            codecs.IncrementalEncoder.__init__(self, errors)
            self.encoder = None

        def encode(self, input, final=False):
            if self.encoder is None:
                self.encoder = native_encode
                return encode_with_bom(input, self.errors)[0]
            return self.encoder(input, self.errors)[0]

        def reset(self):
            codecs.IncrementalEncoder.reset(self)
            self.encoder = None

        def getstate(self):
            return 2 if self.encoder is None else 0

        def setstate(self, state):
            self.encoder = None if state else native_encode

    class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            codecs.BufferedIncrementalDecoder.__init__(self, errors)
            self.decoder = None

        def _buffer_decode(self, input, errors, final):
            if self.decoder is not None:
                return self.decoder(input, errors, final)
            text, used, order = decode_detect_ex(input, errors, 0, final)
            if order == -1:
                self.decoder = decode_le
            elif order == 1:
                self.decoder = decode_be
            elif used >= unit:
                raise UnicodeError("%s stream does not start with BOM" % name.upper())
            return (text, used)

        def reset(self):
            codecs.BufferedIncrementalDecoder.reset(self)
            self.decoder = None

        def getstate(self):
            pending = codecs.BufferedIncrementalDecoder.getstate(self)[0]
            if self.decoder is None:
                return (pending, 2)
            return (pending, 0 if self.decoder is native_decode else 1)

        def setstate(self, state):
            codecs.BufferedIncrementalDecoder.setstate(self, state)
            flag = state[1]
            self.decoder = native_decode if flag == 0 else other_decode if flag == 1 else None

    class StreamWriter(codecs.StreamWriter):
        def __init__(self, stream, errors='strict'):
            codecs.StreamWriter.__init__(self, stream, errors)
            self.encoder = None

        def reset(self):
            codecs.StreamWriter.reset(self)
            self.encoder = None

        def encode(self, input, errors='strict'):
            if self.encoder is None:
                self.encoder = native_encode
                return encode_with_bom(input, errors)
            return self.encoder(input, errors)

    class StreamReader(codecs.StreamReader):
        def reset(self):
            codecs.StreamReader.reset(self)
            self.__dict__.pop('decode', None)

        def decode(self, input, errors='strict'):
            text, used, order = decode_detect_ex(input, errors, 0, False)
            if order == -1:
                self.decode = lambda data, errors='strict': decode_le(data, errors, False)
            elif order == 1:
                self.decode = lambda data, errors='strict': decode_be(data, errors, False)
            elif used >= unit:
                raise UnicodeError("%s stream does not start with BOM" % name.upper())
            return (text, used)

    decode_detect_ex = _codecs.utf_16_ex_decode if unit == 2 else _codecs.utf_32_ex_decode
    return codecs.CodecInfo(name=name, encode=encode_with_bom, decode=decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader)


def _rot13_table():
    table = {}
    for first in (ord('a'), ord('A')):
        for i in range(26):
            table[first + i] = first + (i + 13) % 26
    return table


def _rot13(input, errors='strict'):
    return (str.translate(input, _ROT13), len(input))


def _hex_encode(input, errors='strict'):
    assert errors == 'strict'
    import binascii
    return (binascii.b2a_hex(input), len(input))


def _hex_decode(input, errors='strict'):
    assert errors == 'strict'
    import binascii
    return (binascii.a2b_hex(input), len(input))


def _base64_encode(input, errors='strict'):
    assert errors == 'strict'
    import base64
    return (base64.encodebytes(input), len(input))


def _base64_decode(input, errors='strict'):
    assert errors == 'strict'
    import base64
    return (base64.decodebytes(input), len(input))


def _utf8_sig_encode(input, errors='strict'):
    return (codecs.BOM_UTF8 + _codecs.utf_8_encode(input, errors)[0], len(input))


def _utf8_sig_decode(input, errors='strict', final=True):
    skip = 3 if input[:3] == codecs.BOM_UTF8 else 0
    text, used = _codecs.utf_8_decode(input[skip:], errors, final)
    return (text, used + skip)


_ROT13 = _rot13_table()


def _build(key):
    c = _codecs
    if key == 'utf_8':
        return _buffered('utf-8', c.utf_8_encode, c.utf_8_decode)
    if key == 'ascii':
        return _stateless('ascii', c.ascii_encode, c.ascii_decode)
    if key == 'latin_1':
        return _stateless('iso8859-1', c.latin_1_encode, c.latin_1_decode)
    if key == 'utf_7':
        return _buffered('utf-7', c.utf_7_encode, c.utf_7_decode)
    if key == 'utf_16_le':
        return _buffered('utf-16-le', c.utf_16_le_encode, c.utf_16_le_decode)
    if key == 'utf_16_be':
        return _buffered('utf-16-be', c.utf_16_be_encode, c.utf_16_be_decode)
    if key == 'utf_32_le':
        return _buffered('utf-32-le', c.utf_32_le_encode, c.utf_32_le_decode)
    if key == 'utf_32_be':
        return _buffered('utf-32-be', c.utf_32_be_encode, c.utf_32_be_decode)
    if key == 'utf_16':
        return _with_bom('utf-16', 2, c.utf_16_encode, c.utf_16_le_encode, c.utf_16_be_encode,
                         c.utf_16_decode, c.utf_16_le_decode, c.utf_16_be_decode)
    if key == 'utf_32':
        return _with_bom('utf-32', 4, c.utf_32_encode, c.utf_32_le_encode, c.utf_32_be_encode,
                         c.utf_32_decode, c.utf_32_le_decode, c.utf_32_be_decode)
    if key == 'unicode_escape':
        return _buffered('unicode-escape', c.unicode_escape_encode, c.unicode_escape_decode)
    if key == 'raw_unicode_escape':
        return _buffered('raw-unicode-escape', c.raw_unicode_escape_encode, c.raw_unicode_escape_decode)
    if key == 'rot_13':
        return _stateless('rot-13', _rot13, _rot13, text=False)
    if key == 'hex_codec':
        return _stateless('hex', _hex_encode, _hex_decode, text=False)
    if key == 'base64_codec':
        return _stateless('base64', _base64_encode, _base64_decode, text=False)
    if key == 'utf_8_sig':
        return _utf8_sig()
    if key == 'punycode':
        import _codec_punycode
        return _stateless('punycode', _codec_punycode.encode, _codec_punycode.decode)
    if key == 'idna':
        return _idna()
    import _codec_cjk
    name = _codec_cjk.codec_name(key)
    if name is not None:
        return _codec_cjk.codec_info(name)
    return None


def _idna():
    import _codec_idna as idna

    class IncrementalEncoder(codecs.BufferedIncrementalEncoder):
        def _buffer_encode(self, input, errors, final):
            return idna.partial_encode(input, errors, final)

    class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            return idna.partial_decode(input, errors, final)

    return _info('idna', idna.encode, idna.decode, IncrementalEncoder, IncrementalDecoder, True)


def _utf8_sig():
    class IncrementalEncoder(codecs.IncrementalEncoder):
        def __init__(self, errors='strict'):
            codecs.IncrementalEncoder.__init__(self, errors)
            self.first = True

        def encode(self, input, final=False):
            if self.first:
                self.first = False
                return _utf8_sig_encode(input, self.errors)[0]
            return _codecs.utf_8_encode(input, self.errors)[0]

        def reset(self):
            codecs.IncrementalEncoder.reset(self)
            self.first = True

        def getstate(self):
            return 1 if self.first else 0

        def setstate(self, state):
            self.first = bool(state)

    class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            codecs.BufferedIncrementalDecoder.__init__(self, errors)
            self.first = True

        def _buffer_decode(self, input, errors, final):
            if not self.first:
                return _codecs.utf_8_decode(input, errors, final)
            if len(input) < 3 and codecs.BOM_UTF8.startswith(input):
                return ('', 0) if not final else _codecs.utf_8_decode(input, errors, final)
            self.first = False
            return _utf8_sig_decode(input, errors, final)

        def reset(self):
            codecs.BufferedIncrementalDecoder.reset(self)
            self.first = True

        def getstate(self):
            pending, flag = codecs.BufferedIncrementalDecoder.getstate(self)
            return (pending, int(self.first))

        def setstate(self, state):
            codecs.BufferedIncrementalDecoder.setstate(self, state)
            self.first = bool(state[1])

    class StreamReader(codecs.StreamReader):
        def decode(self, input, errors='strict'):
            if len(input) < 3 and codecs.BOM_UTF8.startswith(input):
                return ('', 0)
            self.decode = lambda data, errors='strict': _codecs.utf_8_decode(data, errors, False)
            return _utf8_sig_decode(input, errors, False)

        def reset(self):
            codecs.StreamReader.reset(self)
            self.__dict__.pop('decode', None)

    class StreamWriter(codecs.StreamWriter):
        def reset(self):
            codecs.StreamWriter.reset(self)
            self.__dict__.pop('encode', None)

        def encode(self, input, errors='strict'):
            self.encode = _codecs.utf_8_encode
            return _utf8_sig_encode(input, errors)

    info = _info('utf-8-sig', _utf8_sig_encode, _utf8_sig_decode, IncrementalEncoder,
                 IncrementalDecoder, True)
    return _replace_streams(info, StreamReader, StreamWriter)


def _replace_streams(info, reader, writer):
    return codecs.CodecInfo(name=info.name, encode=info.encode, decode=info.decode,
                            incrementalencoder=info.incrementalencoder,
                            incrementaldecoder=info.incrementaldecoder,
                            streamwriter=writer, streamreader=reader)


def _charmap(key):
    """CodecInfo for a single-byte codec of lib/_charmap_tables.py (cp1252, iso8859-2, ...), or
    None. Text whose every character (byte) is mapped goes through str.translate, the rest
    through _codecs.charmap_encode/decode, which call the error handlers."""
    import _charmap_tables as tables
    key = tables.ALIASES.get(key, key)
    table = tables.DECODING.get(key)
    if table is None:
        return None
    if len(table) == 128:
        table = ''.join(map(chr, range(128))) + table
    encoding_map = _codecs.charmap_build(table)
    to_latin1 = {code: chr(byte) for code, byte in encoding_map.items()}
    from_latin1 = {byte: ch for byte, ch in enumerate(table)}
    defined = set(table) - {'\ufffe'}

    def encode(input, errors='strict'):
        if isinstance(input, str) and set(input) <= defined:
            return (input.translate(to_latin1).encode('latin-1'), len(input))
        return _codecs.charmap_encode(input, errors, encoding_map)

    def decode(input, errors='strict'):
        text = bytes(input).decode('latin-1').translate(from_latin1)
        if '\ufffe' not in text:
            return (text, len(text))
        return _codecs.charmap_decode(input, errors, table)

    return _stateless(tables.NAMES[key], encode, decode)


def search(name):
    """The CodecInfo for `name` if pystm has the codec built in, else None."""
    key = _normalize(name)
    key = _ALIASES.get(key, key)
    info = _build(key)
    return info if info is not None else _charmap(key)
