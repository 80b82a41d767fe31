# _codecs for pystm: the codec registry (register/lookup, error handlers) and the primitive
# encoders and decoders that the standard library's codecs.py and encodings/ package call.
# Written for pystm from the documented behaviour. UTF-8/16/32, ASCII and Latin-1 are done by
# str.encode/bytes.decode in the VM (vm/objects/str.ts, bytes_codec.ts); the escape codecs and
# charmap codecs are written here. The VM calls encode()/decode() below for an encoding it does
# not know itself, so str.encode('cp1252') finds encodings/cp1252.py through the registry.

_search_functions = []
_cache = {}
_error_handlers = {}


def _normalize(encoding):
    # CPython 3.11's _Py_normalize_encoding over the name's UTF-8: ASCII letters (lowered), digits
    # and '.' are kept, every other run (non-ASCII characters included) is one '_' unless it
    # leads: 'AAA---8' and 'aaa\xe9-8' look up 'aaa_8'
    out = []
    gap = False
    for c in encoding:
        if c == '.' or (c < '\x80' and c.isalnum()):
            if gap and out:
                out.append('_')
            out.append(c.lower())
            gap = False
        else:
            gap = True
    return ''.join(out)


def register(search_function):
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def unregister(search_function):
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass
    _cache.clear()


def _forget_codec(encoding):
    _cache.pop(_normalize(encoding), None)


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = _normalize(encoding)
    found = _cache.get(key)
    if found is not None:
        return found
    if not _search_functions:
        try:
            import encodings  # registers its search function
        except ImportError:
            pass
    for search in list(_search_functions):
        result = search(key)
        if result is None:
            continue
        if not isinstance(result, tuple) or len(result) != 4:
            raise TypeError('codec search functions must return 4-tuples')
        _cache[key] = result
        return result
    # pystm's own codecs (lib/_codecs_own.py) work without the standard library's encodings/
    # package; a registered search function (encodings' first, when importable) wins
    import _codecs_own
    own = _codecs_own.search(key)
    if own is not None:
        _cache[key] = own
        return own
    raise LookupError('unknown encoding: %s' % encoding)


def _check_names(encoding, errors, fname):
    if not isinstance(encoding, str):
        raise TypeError("%s() argument 'encoding' must be str, not %s" % (fname, type(encoding).__name__))
    if not isinstance(errors, str):
        raise TypeError("%s() argument 'errors' must be str, not %s" % (fname, type(errors).__name__))


def _wrap_failure(exc, action, encoding):
    # CPython re-raises a plain exception from a codec as the same type with the codec named
    # ("decoding with 'hex' codec failed (Error: Non-hexadecimal digit found)"), chained to it;
    # one with its own constructor or attributes (UnicodeError...) goes through unchanged
    # (and, as CPython's _PyErr_TrySetFromCause, only one made from no argument or one str)
    cls = type(exc)
    if (cls.__init__ is not BaseException.__init__ or cls.__new__ is not BaseException.__new__
            or getattr(exc, '__dict__', None)):
        return exc
    if len(exc.args) > 1 or (len(exc.args) == 1 and type(exc.args[0]) is not str):
        return exc
    try:
        wrapped = cls("%s with %r codec failed (%s: %s)" % (action, encoding, cls.__name__, exc))
    except Exception:
        return exc
    wrapped.__cause__ = exc
    wrapped.__traceback__ = exc.__traceback__
    return wrapped


def encode(obj, encoding='utf-8', errors='strict'):
    _check_names(encoding, errors, 'encode')
    encoder = lookup(encoding)[0]
    try:
        result = encoder(obj, errors)
    except Exception as exc:
        raise _wrap_failure(exc, 'encoding', encoding)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError('encoder must return a tuple (object, integer)')
    return result[0]


def decode(obj, encoding='utf-8', errors='strict'):
    _check_names(encoding, errors, 'decode')
    decoder = lookup(encoding)[1]
    try:
        result = decoder(obj, errors)
    except Exception as exc:
        raise _wrap_failure(exc, 'decoding', encoding)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError('decoder must return a tuple (object,integer)')
    return result[0]


# ---- error handlers -----------------------------------------------------------------------

def _is(exc, classes):
    # the real type, as CPython's handlers check it (a __class__ property does not count)
    return issubclass(type(exc), classes)


def _strict(exc):
    if _is(exc, BaseException):
        raise exc
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def _check_exc(exc):
    if _is(exc, UnicodeDecodeError):
        if not isinstance(exc.object, (bytes, bytearray)):
            raise TypeError('object attribute must be bytes')
    elif _is(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        if not isinstance(exc.object, str):
            raise TypeError('object attribute must be unicode')
    else:
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def _ignore(exc):
    _check_exc(exc)
    return ('', exc.end)


def _replace(exc):
    _check_exc(exc)
    if _is(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    return ('\ufffd' * (1 if _is(exc, UnicodeDecodeError) else exc.end - exc.start), exc.end)


def _char_escape(c):
    n = ord(c)
    if n < 0x100:
        return '\\x%02x' % n
    if n < 0x10000:
        return '\\u%04x' % n
    return '\\U%08x' % n


def _backslashreplace(exc):
    _check_exc(exc)
    if _is(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end)
    return (''.join(_char_escape(c) for c in exc.object[exc.start:exc.end]), exc.end)


def _xmlcharrefreplace(exc):
    if not _is(exc, UnicodeEncodeError):
        _check_exc(exc)
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    return (''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)


def _namereplace(exc):
    if not _is(exc, UnicodeEncodeError):
        _check_exc(exc)
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    import unicodedata
    out = []
    for c in exc.object[exc.start:exc.end]:
        try:
            out.append('\\N{%s}' % unicodedata.name(c))
        except (ValueError, KeyError):
            out.append(_char_escape(c))
    return (''.join(out), exc.end)


def _no_translate(exc):
    # surrogateescape and surrogatepass handle encoding and decoding only, as CPython's
    _check_exc(exc)
    if _is(exc, UnicodeTranslateError):
        raise TypeError("don't know how to handle UnicodeTranslateError in error callback")


def _surrogateescape(exc):
    _no_translate(exc)
    if _is(exc, UnicodeDecodeError):
        data = exc.object[exc.start:exc.end]
        if all(b >= 128 for b in data):
            return (''.join(chr(0xdc00 + b) for b in data), exc.end)
    elif _is(exc, UnicodeEncodeError):
        chars = exc.object[exc.start:exc.end]
        if all(0xdc80 <= ord(c) <= 0xdcff for c in chars):
            return (bytes(ord(c) - 0xdc00 for c in chars), exc.end)
    else:
        _check_exc(exc)
    raise exc


def _utf_form(encoding):
    # (code unit size, byte order) of a UTF codec name as CPython's surrogatepass knows them
    name = encoding.lower().replace('_', '-')
    if name in ('utf-8', 'utf8'):
        return (1, None)
    for size, base in ((2, 'utf-16'), (4, 'utf-32')):
        if name == base:
            return (size, 'little')
        if name in (base + '-le', base + 'le'):
            return (size, 'little')
        if name in (base + '-be', base + 'be'):
            return (size, 'big')
    return None


def _surrogatepass(exc):
    _no_translate(exc)
    form = _utf_form(exc.encoding)
    if _is(exc, UnicodeEncodeError):
        chars = exc.object[exc.start:exc.end]
        if form is not None and all(0xd800 <= ord(c) <= 0xdfff for c in chars):
            size, order = form
            if size == 1:
                return (''.join(chars).encode('utf-8', 'surrogatepass'), exc.end)
            return (b''.join(ord(c).to_bytes(size, order) for c in chars), exc.end)
    elif _is(exc, UnicodeDecodeError) and form is not None:
        # one surrogate at exc.start in the codec's own encoding of it
        data = bytes(exc.object[exc.start:exc.start + 4])
        size, order = form
        code = None
        if size == 1:
            if len(data) >= 3 and data[0] == 0xed and 0xa0 <= data[1] <= 0xbf and 0x80 <= data[2] <= 0xbf:
                code, size = ((data[1] & 0x3f) << 6 | (data[2] & 0x3f)) | 0xd000, 3
        elif len(data) >= size:
            code = int.from_bytes(data[:size], order)
        if code is not None and 0xd800 <= code <= 0xdfff:
            return (chr(code), exc.start + size)
    raise exc


_error_handlers.update({
    'strict': _strict, 'ignore': _ignore, 'replace': _replace,
    'backslashreplace': _backslashreplace, 'xmlcharrefreplace': _xmlcharrefreplace,
    'namereplace': _namereplace, 'surrogateescape': _surrogateescape,
    'surrogatepass': _surrogatepass,
})


def register_error(errors, handler):
    if not isinstance(errors, str):
        raise TypeError("register_error() argument 1 must be str, not %s" % type(errors).__name__)
    if not callable(handler):
        raise TypeError('handler must be callable')
    _error_handlers[errors] = handler


def lookup_error(name):
    if not isinstance(name, str):
        raise TypeError("lookup_error() argument must be str, not %s" % type(name).__name__)
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError('unknown error handler name %r' % name) from None


# ---- the codecs the VM does itself ---------------------------------------------------------

def _text_encoder(encoding):
    def encoder(obj, errors=None):
        if not isinstance(obj, str):
            raise TypeError("%s_encode() argument 1 must be str, not %s" % (encoding.replace('-', '_'), type(obj).__name__))
        return (obj.encode(encoding, errors or 'strict'), len(obj))
    return encoder


def _text_decoder(encoding, partial_tail=None):
    def decoder(data, errors=None, final=False):
        if not isinstance(data, bytes):
            with memoryview(data) as view:  # (released at once: a live view forbids resizing)
                data = bytes(view)
        keep = 0
        if not final and partial_tail is not None:
            keep = partial_tail(data)
        end = len(data) - keep
        return (data[:end].decode(encoding, errors or 'strict'), end)
    return decoder


# the second byte each lead byte allows where it is not 0x80-0xbf (RFC 3629: no overlong forms,
# nothing past U+10FFFF). ED A0-BF, a surrogate's start, is kept waiting as CPython's decoder
# keeps it (the surrogatepass handler may take the whole sequence); ED A0 80 is an error.
_UTF8_SECOND = {0xe0: (0xa0, 0xbf), 0xf0: (0x90, 0xbf), 0xf4: (0x80, 0x8f)}


def _utf8_tail(data):
    # bytes at the end that start a sequence which is still incomplete (kept for the next call);
    # bytes that can never start or continue one are left to the decoder, which raises at once
    # even when more input may follow, as CPython's
    n = len(data)
    for back in range(1, min(3, n) + 1):
        b = data[n - back]
        if 0x80 <= b < 0xc0:
            continue
        if b < 0xc2 or b > 0xf4:
            return 0
        need = 2 if b < 0xe0 else 3 if b < 0xf0 else 4
        if back >= need:
            return 0
        if back >= 2:
            lo, hi = _UTF8_SECOND.get(b, (0x80, 0xbf))
            if not lo <= data[n - back + 1] <= hi:
                return 0
        return back
    return 0


def _units_tail(size):
    return lambda data: len(data) % size


def _utf16_tail(big_endian):
    # an odd byte, and a high surrogate that its low one may follow in the next call
    def tail(data):
        keep = len(data) % 2
        end = len(data) - keep
        if end >= 2:
            unit = data[end - 2] << 8 | data[end - 1] if big_endian else data[end - 1] << 8 | data[end - 2]
            if 0xd800 <= unit < 0xdc00:
                keep += 2
        return keep
    return tail


utf_8_encode = _text_encoder('utf-8')
utf_8_decode = _text_decoder('utf-8', _utf8_tail)
ascii_encode = _text_encoder('ascii')
ascii_decode = _text_decoder('ascii')
latin_1_encode = _text_encoder('latin-1')
latin_1_decode = _text_decoder('latin-1')
utf_16_le_encode = _text_encoder('utf-16-le')
utf_16_le_decode = _text_decoder('utf-16-le', _utf16_tail(False))
utf_16_be_encode = _text_encoder('utf-16-be')
utf_16_be_decode = _text_decoder('utf-16-be', _utf16_tail(True))
utf_32_le_encode = _text_encoder('utf-32-le')
utf_32_le_decode = _text_decoder('utf-32-le', _units_tail(4))
utf_32_be_encode = _text_encoder('utf-32-be')
utf_32_be_decode = _text_decoder('utf-32-be', _units_tail(4))


def utf_16_encode(obj, errors=None, byteorder=0):
    if byteorder < 0:
        return utf_16_le_encode(obj, errors)
    if byteorder > 0:
        return utf_16_be_encode(obj, errors)
    return (obj.encode('utf-16', errors or 'strict'), len(obj))


def utf_32_encode(obj, errors=None, byteorder=0):
    if byteorder < 0:
        return utf_32_le_encode(obj, errors)
    if byteorder > 0:
        return utf_32_be_encode(obj, errors)
    return (obj.encode('utf-32', errors or 'strict'), len(obj))


# ---- UTF-7 (RFC 2152), as CPython 3.11's: set D, set O and whitespace are written directly,
# '+' as '+-', everything else in modified base64 of UTF-16 units (a lone surrogate too) ----

_B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUE = {ord(c): i for i, c in enumerate(_B64)}
_UTF7_DIRECT = frozenset(map(ord, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'(),-./:?"
                             '!"#$%&*;<=>@[]^_`{|} \t\r\n'))


def utf_7_encode(obj, errors=None):
    if not isinstance(obj, str):
        raise TypeError('utf_7_encode() argument 1 must be str, not %s' % type(obj).__name__)
    out = []
    in_shift = False
    bits = 0
    buffer = 0
    for ch in obj:
        c = ord(ch)
        if in_shift and c in _UTF7_DIRECT:
            if bits:
                out.append(_B64[(buffer << (6 - bits)) & 0x3f])
                bits = 0
                buffer = 0
            in_shift = False
            # a character of the base64 set (or '-') would extend the run: close it with '-'
            if ch == '-' or c in _B64_VALUE:
                out.append('-')
            out.append(ch)
            continue
        if not in_shift:
            if ch == '+':
                out.append('+-')
                continue
            if c in _UTF7_DIRECT:
                out.append(ch)
                continue
            out.append('+')
            in_shift = True
        units = (c,) if c < 0x10000 else (0xd800 | ((c - 0x10000) >> 10), 0xdc00 | ((c - 0x10000) & 0x3ff))
        for u in units:
            buffer = (buffer << 16) | u
            bits += 16
            while bits >= 6:
                out.append(_B64[(buffer >> (bits - 6)) & 0x3f])
                bits -= 6
            buffer &= (1 << bits) - 1
    if bits:
        out.append(_B64[(buffer << (6 - bits)) & 0x3f])
    if in_shift:
        out.append('-')
    return (''.join(out).encode('ascii'), len(obj))


def _handler_result(exc, errors, kinds, what):
    """Calls the error handler named `errors` with exc; returns (replacement, position to go on
    from), checked as CPython's unicode_{en,de}code_call_errorhandler: the replacement must be
    an instance of `kinds` (else TypeError naming `what`), the position within the object."""
    result = lookup_error(errors or 'strict')(exc)
    if not isinstance(result, tuple) or len(result) != 2 or not isinstance(result[1], int) \
            or not isinstance(result[0], kinds):
        raise TypeError('%s error handler must return (%s, int) tuple' % what)
    rep, pos = result
    n = len(exc.object)
    if pos < 0:
        pos += n
    if pos < 0 or pos > n:
        raise IndexError('position %d from error handler out of bounds' % result[1])
    return rep, pos


def _decode_handler_result(exc, errors):
    return _handler_result(exc, errors, str, ('decoding', 'str'))


def _encode_handler_result(exc, errors):
    return _handler_result(exc, errors, (str, bytes), ('encoding', 'str/bytes'))


def _utf7_error(data, start, end, reason, errors):
    return _decode_handler_result(UnicodeDecodeError('utf7', data, start, end, reason), errors)


def utf_7_decode(data, errors=None, final=False):
    data = bytes(data)
    n = len(data)
    out = []
    i = 0
    in_shift = False
    bits = 0
    buffer = 0
    surrogate = 0
    shift_start = 0      # where the open base64 run began (its '+')
    shift_out = 0        # len(out) when it began
    while i < n:
        ch = data[i]
        reason = None
        if in_shift:
            if ch in _B64_VALUE:
                buffer = (buffer << 6) | _B64_VALUE[ch]
                bits += 6
                i += 1
                if bits >= 16:
                    unit = (buffer >> (bits - 16)) & 0xffff
                    bits -= 16
                    buffer &= (1 << bits) - 1
                    if surrogate:
                        if 0xdc00 <= unit <= 0xdfff:
                            out.append(chr(0x10000 + ((surrogate - 0xd800) << 10) + (unit - 0xdc00)))
                            surrogate = 0
                            continue
                        out.append(chr(surrogate))
                        surrogate = 0
                    if 0xd800 <= unit <= 0xdbff:
                        surrogate = unit
                    else:
                        out.append(chr(unit))
                continue
            in_shift = False
            if bits >= 6:  # a base64 character whose bits make no whole unit
                i += 1
                reason = 'partial character in shift sequence'
            elif buffer != 0:
                i += 1
                reason = 'non-zero padding bits in shift sequence'
            else:
                if surrogate and ch < 0x80:  # (any ASCII but '+' decodes as itself)
                    out.append(chr(surrogate))
                surrogate = 0
                if ch == 0x2d:  # '-' is absorbed; any other character ends the run and stays
                    i += 1
                continue
        elif ch == 0x2b:
            shift_start = i
            i += 1
            if i < n and data[i] == 0x2d:
                i += 1
                out.append('+')
                continue
            if i < n and data[i] not in _B64_VALUE:
                i += 1
                reason = 'ill-formed sequence'
            else:
                in_shift = True
                surrogate = 0
                shift_out = len(out)
                bits = 0
                buffer = 0
                continue
        elif ch < 0x80:
            out.append(chr(ch))
            i += 1
            continue
        else:
            shift_start = i
            i += 1
            reason = 'unexpected special character'
        rep, i = _utf7_error(data, shift_start, i, reason, errors)
        out.append(rep)
    if in_shift and final:
        in_shift = False
        if surrogate or bits >= 6 or (bits > 0 and buffer != 0):
            rep, i = _utf7_error(data, shift_start, n, 'unterminated shift sequence', errors)
            out.append(rep)
            if i < n:
                text, used = utf_7_decode(data[i:], errors, final)
                return (''.join(out) + text, i + used)
    if in_shift:
        return (''.join(out[:shift_out]), shift_start)
    return (''.join(out), i)


def _bom_decode(size, le, be, bom_le, bom_be):
    def decode(data, errors=None, final=False):
        data = bytes(data)
        if data[:size] == bom_le:
            s, n = le(data[size:], errors, final)
            return (s, n + size)
        if data[:size] == bom_be:
            s, n = be(data[size:], errors, final)
            return (s, n + size)
        return le(data, errors, final)
    return decode


utf_16_decode = _bom_decode(2, utf_16_le_decode, utf_16_be_decode, b'\xff\xfe', b'\xfe\xff')
utf_32_decode = _bom_decode(4, utf_32_le_decode, utf_32_be_decode, b'\xff\xfe\x00\x00', b'\x00\x00\xfe\xff')


def utf_16_ex_decode(data, errors=None, byteorder=0, final=False):
    data = bytes(data)
    if byteorder == 0:
        if data[:2] == b'\xff\xfe':
            s, n = utf_16_le_decode(data[2:], errors, final)
            return (s, n + 2, -1)
        if data[:2] == b'\xfe\xff':
            s, n = utf_16_be_decode(data[2:], errors, final)
            return (s, n + 2, 1)
        if len(data) < 2 and not final:
            return ('', 0, 0)
    s, n = (utf_16_be_decode if byteorder > 0 else utf_16_le_decode)(data, errors, final)
    return (s, n, byteorder)


def utf_32_ex_decode(data, errors=None, byteorder=0, final=False):
    data = bytes(data)
    if byteorder == 0:
        if data[:4] == b'\xff\xfe\x00\x00':
            s, n = utf_32_le_decode(data[4:], errors, final)
            return (s, n + 4, -1)
        if data[:4] == b'\x00\x00\xfe\xff':
            s, n = utf_32_be_decode(data[4:], errors, final)
            return (s, n + 4, 1)
        if len(data) < 4 and not final:
            return ('', 0, 0)
    s, n = (utf_32_be_decode if byteorder > 0 else utf_32_le_decode)(data, errors, final)
    return (s, n, byteorder)


def readbuffer_encode(data, errors=None):
    # the bytes of any bytes-like object (a str: its UTF-8), with their count
    if isinstance(data, str):
        data = data.encode('utf-8')
    else:
        with memoryview(data) as view:
            data = view.tobytes()
    return (data, len(data))


# ---- escape codecs -------------------------------------------------------------------------

def escape_encode(data, errors=None):
    # bytes -> bytes with repr-style escapes (no quotes)
    if type(data) is not bytes and not isinstance(data, bytes):
        raise TypeError('escape_encode() argument 1 must be bytes, not %s' % type(data).__name__)
    out = bytearray()
    for b in data:
        if b == 0x5c:
            out += b'\\\\'
        elif b == 0x27:
            out += b"\\'"
        elif b == 0x09:
            out += b'\\t'
        elif b == 0x0a:
            out += b'\\n'
        elif b == 0x0d:
            out += b'\\r'
        elif b < 0x20 or b >= 0x7f:
            out += b'\\x%02x' % b
        else:
            out.append(b)
    return (bytes(out), len(data))


_SIMPLE_ESCAPES = {ord('\n'): None, ord('\\'): 0x5c, ord("'"): 0x27, ord('"'): 0x22, ord('a'): 7,
                   ord('b'): 8, ord('f'): 12, ord('n'): 10, ord('r'): 13, ord('t'): 9, ord('v'): 11}


_HEX_DIGITS = frozenset(b'0123456789abcdefABCDEF')


def _warn_invalid_escape(data, at):
    # CPython 3.11 warns once per call, for the first invalid escape, from C: the warning names
    # the first frame outside pystm's codec modules (which CPython writes in C)
    import sys
    import warnings
    c = data[at]
    if 0x34 <= c <= 0x37:
        msg = "invalid octal escape sequence '\\%s'" % data[at:at + 3].decode('latin-1')
    else:
        msg = "invalid escape sequence '\\%s'" % chr(c)
    level = 1
    frame = sys._getframe()
    while frame is not None and frame.f_code.co_filename.endswith(('_codecs.py', '_codecs_own.py')):
        frame = frame.f_back
        level += 1
    warnings.warn(msg, DeprecationWarning, stacklevel=level)


def _unescape(data, errors, codec, text):
    # the escapes of bytes literals; with text, also \u, \U and \N{...} (unicode_escape)
    out = []
    i = 0
    n = len(data)
    first_invalid = -1
    while i < n:
        b = data[i]
        if b != 0x5c:
            out.append(chr(b))
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            if codec is None:
                raise ValueError('Trailing \\ in string')
            out.append(_decode_failure(codec, data, start, n, '\\ at end of string', errors))
            break
        c = data[i]
        i += 1
        if c in _SIMPLE_ESCAPES:
            v = _SIMPLE_ESCAPES[c]
            if v is not None:
                out.append(chr(v))
        elif 0x30 <= c <= 0x37:
            v = c - 0x30
            for _ in range(2):
                if i < n and 0x30 <= data[i] <= 0x37:
                    v = v * 8 + data[i] - 0x30
                    i += 1
            if v > 0o377 and first_invalid < 0:
                first_invalid = start + 1
            out.append(chr(v) if text else chr(v & 0xff))
        elif c == ord('x') or (text and c in (ord('u'), ord('U'))):
            width = 2 if c == ord('x') else 4 if c == ord('u') else 8
            digits = data[i:i + width]
            try:
                if len(digits) < width:
                    raise ValueError
                v = int(digits.decode('ascii'), 16)
            except ValueError:
                if codec is None:
                    raise ValueError('invalid \\x escape at position %d' % start) from None
                kind = {2: '\\xXX', 4: '\\uXXXX', 8: '\\UXXXXXXXX'}[width]
                j = i
                while j < n and j < i + width and chr(data[j]) in '0123456789abcdefABCDEF':
                    j += 1
                out.append(_decode_failure(codec, data, start, j, 'truncated %s escape' % kind, errors))
                i = j
                continue
            if v > 0x10ffff:
                out.append(_decode_failure(codec, data, start, i + width, 'illegal Unicode character', errors))
            else:
                out.append(chr(v))
            i += width
        elif text and c == ord('N'):
            end = data.find(b'}', i)
            if i < n and data[i] == ord('{') and end > i + 1:
                import unicodedata
                try:
                    out.append(unicodedata.lookup(data[i + 1:end].decode('ascii')))
                    i = end + 1
                    continue
                except (KeyError, UnicodeDecodeError):
                    pass
            out.append(_decode_failure(codec, data, start, n if end < 0 else end + 1, 'malformed \\N character escape', errors))
            i = n if end < 0 else end + 1
        else:
            if first_invalid < 0:
                first_invalid = start + 1
            out.append('\\' + chr(c))
    if first_invalid >= 0:
        _warn_invalid_escape(data, first_invalid)
    return ''.join(out)


def _decode_failure(codec, data, start, end, reason, errors):
    exc = UnicodeDecodeError(codec, bytes(data), start, end, reason)
    if errors is None or errors == 'strict':
        raise exc
    return _decode_handler_result(exc, errors)[0]


def _as_bytes(data):
    if isinstance(data, str):
        return data.encode('latin-1') if all(ord(c) < 256 for c in data) else data.encode('utf-8')
    return bytes(data)


def escape_decode(data, errors=None):
    data = _as_bytes(data)
    text = _unescape(data, errors, None, False)
    return (text.encode('latin-1'), len(data))


def _open_escape_length(data, raw):
    # bytes at the end that begin an escape still incomplete (an incremental decoder keeps them)
    last = data.rfind(b'\\')
    if last < 0:
        return 0
    run = 1
    while run <= last and data[last - run] == 0x5c:
        run += 1
    if run % 2 == 0:
        return 0  # the last backslash is itself escaped
    rest = data[last + 1:]
    if not rest:
        return len(data) - last
    kind = rest[0]
    digits = {0x75: 4, 0x55: 8} if raw else {0x78: 2, 0x75: 4, 0x55: 8}
    if kind in digits:
        # open only while every digit so far is a hex digit ('\\u]' is an error at once)
        tail = rest[1:]
        if len(tail) < digits[kind] and all(d in _HEX_DIGITS for d in tail):
            return len(data) - last
        return 0
    if kind == 0x4e and not raw and 0x7d not in rest:
        return len(data) - last
    return 0


def unicode_escape_decode(data, errors=None, final=True):
    data = _as_bytes(data)
    if not final:
        data = data[:len(data) - _open_escape_length(data, False)]
    return (_unescape(data, errors, 'unicodeescape', True), len(data))


def unicode_escape_encode(obj, errors=None):
    out = []
    for c in obj:
        n = ord(c)
        if c == '\\':
            out.append('\\\\')
        elif c == '\t':
            out.append('\\t')
        elif c == '\n':
            out.append('\\n')
        elif c == '\r':
            out.append('\\r')
        elif n < 0x20 or 0x7f <= n < 0x100:
            out.append('\\x%02x' % n)
        elif n < 0x7f:
            out.append(c)
        else:
            out.append(_char_escape(c))
    return (''.join(out).encode('ascii'), len(obj))


def raw_unicode_escape_encode(obj, errors=None):
    out = bytearray()
    for c in obj:
        n = ord(c)
        if n < 0x100:
            out.append(n)
        elif n < 0x10000:
            out += b'\\u%04x' % n
        else:
            out += b'\\U%08x' % n
    return (bytes(out), len(obj))


def raw_unicode_escape_decode(data, errors=None, final=True):
    data = _as_bytes(data)
    if not final:
        data = data[:len(data) - _open_escape_length(data, True)]
    out = []
    i = 0
    n = len(data)
    while i < n:
        b = data[i]
        if b == 0x5c and i + 1 < n and data[i + 1] in (ord('u'), ord('U')):
            # an odd run of backslashes escapes; an even one does not
            run = 0
            j = i - 1
            while j >= 0 and data[j] == 0x5c:
                run += 1
                j -= 1
            if run % 2 == 0:
                width = 4 if data[i + 1] == ord('u') else 8
                digits = data[i + 2:i + 2 + width]
                try:
                    if len(digits) < width:
                        raise ValueError
                    v = int(digits.decode('ascii'), 16)
                except ValueError:
                    # the error ends at the first byte that is not a hex digit (or the end)
                    kind = '\\uXXXX' if width == 4 else '\\UXXXXXXXX'
                    j = i + 2
                    while j < n and j < i + 2 + width and data[j] in _HEX_DIGITS:
                        j += 1
                    out.append(_decode_failure('rawunicodeescape', data, i, j, 'truncated %s escape' % kind, errors))
                    i = j
                    continue
                if v > 0x10ffff:
                    out.append(_decode_failure('rawunicodeescape', data, i, i + 2 + width, '\\Uxxxxxxxx out of range', errors))
                else:
                    out.append(chr(v))
                i += 2 + width
                continue
        out.append(chr(b))
        i += 1
    return (''.join(out), n)


# ---- charmap codecs (encodings/cp1252.py and the like) -----------------------------------

class EncodingMap(dict):
    pass


def charmap_build(decoding_table):
    m = EncodingMap()
    for i, c in enumerate(decoding_table):
        m[ord(c)] = i
    return m


def charmap_decode(data, errors=None, mapping=None):
    data = bytes(data)
    if mapping is None:
        return latin_1_decode(data, errors)
    out = []
    i = 0
    while i < len(data):
        b = data[i]
        try:
            c = mapping[b]
        except (LookupError, TypeError):
            c = None
        if isinstance(c, int):
            if not 0 <= c < 0x110000:
                raise TypeError('character mapping must be in range(0x110000)')
            c = chr(c)
        elif c is not None and not isinstance(c, str):
            raise TypeError('character mapping must return integer, None or str')
        if c is None or c == '\ufffe':
            out.append(_decode_failure('charmap', data, i, i + 1, 'character maps to <undefined>', errors))
        else:
            out.append(c)
        i += 1
    return (''.join(out), len(data))


def charmap_encode(obj, errors=None, mapping=None):
    if mapping is None:
        return latin_1_encode(obj, errors)
    if isinstance(mapping, dict):
        lookup = mapping.get  # (no KeyError raised and caught per unmapped character)
    else:
        def lookup(code):
            try:
                return mapping[code]
            except (LookupError, TypeError):
                return None
    out = bytearray()
    i = 0
    n = len(obj)
    while i < n:
        v = lookup(ord(obj[i]))
        if v is None:
            j = i + 1
            while j < n and lookup(ord(obj[j])) is None:
                j += 1
            exc = UnicodeEncodeError('charmap', obj, i, j, 'character maps to <undefined>')
            if errors is None or errors == 'strict':
                raise exc
            rep, pos = _encode_handler_result(exc, errors)
            if isinstance(rep, str):
                for c in rep:
                    v2 = lookup(ord(c))
                    if v2 is None:
                        raise exc
                    out += bytes([v2]) if isinstance(v2, int) else v2
            else:
                out += rep
            i = pos
            continue
        out += bytes([v]) if isinstance(v, int) else v
        i += 1
    return (bytes(out), n)


# ---- called by the VM for str.encode / bytes.decode with an encoding it does not know --------

def _charset_encode(text, encoding, limit, errors):
    # ASCII (limit 128) or Latin-1 (256) with an error handler called for each run of characters
    # past the limit (vm/objects/str.ts calls this on the first such character)
    out = bytearray()
    i = 0
    n = len(text)
    while i < n:
        code = ord(text[i])
        if code < limit:
            out.append(code)
            i += 1
            continue
        end = i + 1
        while end < n and ord(text[end]) >= limit:
            end += 1
        exc = UnicodeEncodeError(encoding, text, i, end, 'ordinal not in range(%d)' % limit)
        replacement, i = _encode_handler_result(exc, errors)
        if isinstance(replacement, str):
            for c in replacement:
                if ord(c) >= limit:
                    raise exc
                out.append(ord(c))
        else:
            out += replacement
    return bytes(out)


def _text_encode(text, encoding, errors):
    info = lookup(encoding)
    if not getattr(info, '_is_text_encoding', True):
        raise LookupError("'%s' is not a text encoding; use codecs.encode() to handle arbitrary codecs" % encoding)
    try:
        result = info[0](text, errors)
    except Exception as exc:
        raise _wrap_failure(exc, 'encoding', encoding)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError('encoder must return a tuple (object, integer)')
    if not isinstance(result[0], (bytes, bytearray)):
        raise TypeError("'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to encode to arbitrary types"
                        % (encoding, type(result[0]).__name__))
    return bytes(result[0])


def _text_decode(data, encoding, errors):
    info = lookup(encoding)
    if not getattr(info, '_is_text_encoding', True):
        raise LookupError("'%s' is not a text encoding; use codecs.decode() to handle arbitrary codecs" % encoding)
    try:
        result = info[1](data, errors)
    except Exception as exc:
        raise _wrap_failure(exc, 'decoding', encoding)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError('decoder must return a tuple (object,integer)')
    if not isinstance(result[0], str):
        raise TypeError("'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to decode to arbitrary types"
                        % (encoding, type(result[0]).__name__))
    return result[0]




# CPython's codec functions are built-in functions, which do not bind as methods, and the
# encodings/ package puts them in classes (`_buffer_decode = codecs.utf_8_decode`). A staticmethod
# object does not bind either and can be called directly (Python 3.10+).
for _name, _value in list(globals().items()):
    if not _name.startswith('_') and _name.endswith(('_encode', '_decode')) and callable(_value):
        globals()[_name] = staticmethod(_value)
del _name, _value
