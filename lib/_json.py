# _json — pystm's json "speedups" module, written in Python by us (CPython's is C; its API and
# messages are followed, not its code). json.decoder, json.scanner and json.encoder use it when it
# imports, as CPython's do, and fall back to their pure-Python halves when it is blocked:
#   scanstring(s, end, strict=True) -> (str, end)      make_scanner(context)(s, idx) -> (value, end)
#   encode_basestring(s), encode_basestring_ascii(s)   make_encoder(markers, default, encoder,
#     indent, key_separator, item_separator, sort_keys, skipkeys, allow_nan)(obj, level) -> (text,)
# Differences from the pure halves, as in CPython: the scanner keeps its own key memo and names
# the container being decoded when the recursion limit is hit; the encoder builds one string
# (floats with float.__repr__, ignoring the encoder's floatstr) and ignores `indent`. Errors are
# json.decoder.JSONDecodeError, looked up on first use (the C module caches it the same way).

__all__ = ['scanstring', 'make_scanner', 'encode_basestring', 'encode_basestring_ascii',
           'make_encoder']

_JSONDecodeError = None


def _error(msg, s, pos):
    global _JSONDecodeError
    if _JSONDecodeError is None:
        from json.decoder import JSONDecodeError as _JSONDecodeError
    return _JSONDecodeError(msg, s, pos)


from _json_common import BACKSLASH as _BACKSLASH, hex4 as _hex4, number_end as _number_end, skip_ws as _skip_ws


def scanstring(s, end, strict=True):
    """Decode the JSON string whose body starts at s[end] (just after the quote).
    Return (str, index after the closing quote)."""
    end = end.__index__()
    if end > 9223372036854775807 or end < -9223372036854775808:
        raise OverflowError('Python int too large to convert to C ssize_t')
    if not isinstance(s, str):
        raise TypeError('first argument must be a string, not %.80s' % type(s).__name__)
    n = len(s)
    if end < 0 or end > n:
        raise ValueError('end is out of bounds')
    begin = end - 1
    chunks = []
    i = end
    while True:
        q = s.find('"', i)
        b = s.find('\\', i, q if q >= 0 else n)
        stop = b if b >= 0 else q
        if stop < 0:
            stop = n
        chunk = s[i:stop]
        if strict and chunk and min(chunk) < ' ':
            for k in range(i, stop):
                if s[k] < ' ':
                    raise _error('Invalid control character at', s, k)
        if stop >= n:
            raise _error('Unterminated string starting at', s, begin)
        if chunk:
            chunks.append(chunk)
        if stop == q:
            return ''.join(chunks), q + 1
        # a backslash escape at stop
        if stop + 1 >= n:
            raise _error('Unterminated string starting at', s, begin)
        esc = s[stop + 1]
        if esc != 'u':
            ch = _BACKSLASH.get(esc)
            if ch is None:
                raise _error('Invalid \\escape', s, stop)
            chunks.append(ch)
            i = stop + 2
            continue
        u = _hex4(s, stop + 2)
        if u < 0:
            raise _error('Invalid \\uXXXX escape', s, stop + 1)
        i = stop + 6
        if 0xd800 <= u <= 0xdbff and s[i:i + 2] == '\\u':
            u2 = _hex4(s, i + 2)
            if u2 < 0:
                raise _error('Invalid \\uXXXX escape', s, i + 1)
            if 0xdc00 <= u2 <= 0xdfff:
                u = 0x10000 + (((u - 0xd800) << 10) | (u2 - 0xdc00))
                i += 6
        chunks.append(chr(u))


def _nested_too_deep(exc, what):
    # the C scanner/encoder names the innermost container it was working on when the recursion
    # limit was reached; outer containers pass that error on unchanged
    if getattr(exc, '_json_container', False):
        return exc
    err = RecursionError('maximum recursion depth exceeded while ' + what)
    err._json_container = True
    return err


class make_scanner(object):
    """JSON scanner object: scanner(s, idx) -> (value, end), StopIteration(idx) when no value
    starts at idx. Reads its options from the decoder `context` once."""

    def __init__(self, context):
        self.strict = bool(context.strict)
        self.object_hook = context.object_hook
        self.object_pairs_hook = context.object_pairs_hook
        self.parse_float = context.parse_float
        self.parse_int = context.parse_int
        self.parse_constant = context.parse_constant
        self._memo = {}

    def __call__(self, s, idx):
        if not isinstance(s, str):
            raise TypeError('first argument must be a string, not %.80s' % type(s).__name__)
        idx = idx.__index__()
        if idx < 0:
            raise ValueError('idx cannot be negative')
        try:
            return self._value(s, idx)
        finally:
            self._memo.clear()

    def _value(self, s, i):
        if i >= len(s):
            raise StopIteration(i)
        c = s[i]
        if c == '"':
            return scanstring(s, i + 1, self.strict)
        if c == '{':
            try:
                return self._object(s, i + 1)
            except RecursionError as e:
                raise _nested_too_deep(e, 'decoding a JSON object from a unicode string') from None
        if c == '[':
            try:
                return self._array(s, i + 1)
            except RecursionError as e:
                raise _nested_too_deep(e, 'decoding a JSON array from a unicode string') from None
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        if c == 'N' and s.startswith('NaN', i):
            return self.parse_constant('NaN'), i + 3
        if c == 'I' and s.startswith('Infinity', i):
            return self.parse_constant('Infinity'), i + 8
        if c == '-' and s.startswith('-Infinity', i):
            return self.parse_constant('-Infinity'), i + 9
        return self._number(s, i)

    def _number(self, s, start):
        i, is_float = _number_end(s, start)
        if i < 0:
            raise StopIteration(start)
        text = s[start:i]
        if is_float:
            return self.parse_float(text), i
        return self.parse_int(text), i

    def _value_or_error(self, s, i):
        try:
            return self._value(s, i)
        except StopIteration as err:
            raise _error('Expecting value', s, err.value) from None

    def _object(self, s, i):
        n = len(s)
        memo = self._memo
        pairs = []
        i = _skip_ws(s, i)
        if i < n and s[i] == '}':
            return self._finish_object(pairs), i + 1
        while True:
            if i >= n or s[i] != '"':
                raise _error('Expecting property name enclosed in double quotes', s, i)
            key, i = scanstring(s, i + 1, self.strict)
            key = memo.setdefault(key, key)
            i = _skip_ws(s, i)
            if i >= n or s[i] != ':':
                raise _error("Expecting ':' delimiter", s, i)
            i = _skip_ws(s, i + 1)
            val, i = self._value_or_error(s, i)
            pairs.append((key, val))
            i = _skip_ws(s, i)
            if i < n and s[i] == '}':
                return self._finish_object(pairs), i + 1
            if i >= n or s[i] != ',':
                raise _error("Expecting ',' delimiter", s, i)
            i = _skip_ws(s, i + 1)

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        d = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(d)
        return d

    def _array(self, s, i):
        n = len(s)
        values = []
        i = _skip_ws(s, i)
        if i < n and s[i] == ']':
            return values, i + 1
        while True:
            val, i = self._value_or_error(s, i)
            values.append(val)
            i = _skip_ws(s, i)
            if i < n and s[i] == ']':
                return values, i + 1
            if i >= n or s[i] != ',':
                raise _error("Expecting ',' delimiter", s, i)
            i = _skip_ws(s, i + 1)


_SHORT_ESCAPES = {
    '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f',
}


def _escape_char(ch):
    e = _SHORT_ESCAPES.get(ch)
    if e is not None:
        return e
    n = ord(ch)
    if n < 0x10000:
        return '\\u%04x' % n
    n -= 0x10000
    return '\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff))


def _encode_str(s, ascii_only):
    if s.isascii() and s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    parts = ['"']
    start = 0
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch == '"' or ch == '\\' or ch < ' ' or (ascii_only and ch > '~'):
            if start < i:
                parts.append(s[start:i])
            parts.append(_escape_char(ch))
            start = i + 1
        i += 1
    if start < n:
        parts.append(s[start:])
    parts.append('"')
    return ''.join(parts)


def encode_basestring(s):
    """encode_basestring(string) -> string

    Return a JSON representation of a Python string"""
    if not isinstance(s, str):
        raise TypeError('first argument must be a string, not %.80s' % type(s).__name__)
    return _encode_str(s, False)


def encode_basestring_ascii(s):
    """encode_basestring_ascii(string) -> string

    Return an ASCII-only JSON representation of a Python string"""
    if not isinstance(s, str):
        raise TypeError('first argument must be a string, not %.80s' % type(s).__name__)
    return _encode_str(s, True)


_INF = float('inf')


class make_encoder(object):
    """JSON encoder object: encoder(obj, indent_level) -> (text,)."""

    def __init__(self, markers, default, encoder, indent, key_separator, item_separator,
                 sort_keys, skipkeys, allow_nan):
        if markers is not None and not isinstance(markers, dict):
            raise TypeError('make_encoder() argument 1 must be dict or None, not %.200s'
                            % type(markers).__name__)
        if not isinstance(key_separator, str):
            raise TypeError('make_encoder() argument 5 must be str, not %.200s'
                            % type(key_separator).__name__)
        if not isinstance(item_separator, str):
            raise TypeError('make_encoder() argument 6 must be str, not %.200s'
                            % type(item_separator).__name__)
        self.markers = markers
        self.default = default
        self.encoder = encoder
        self.indent = indent
        self.key_separator = key_separator
        self.item_separator = item_separator
        self.sort_keys = bool(sort_keys)
        self.skipkeys = bool(skipkeys)
        self.allow_nan = bool(allow_nan)
        self._ascii = encoder is encode_basestring_ascii
        self._plain = self._ascii or encoder is encode_basestring

    def __call__(self, obj, indent_level):
        out = []
        self._encode(obj, out)
        return (''.join(out),)

    def _str(self, s):
        if self._plain:
            return _encode_str(s, self._ascii)
        text = self.encoder(s)
        if not isinstance(text, str):
            raise TypeError('encoder() must return a string, not %.80s' % type(text).__name__)
        return text

    def _float(self, o):
        if o != o:
            text = 'NaN'
        elif o == _INF:
            text = 'Infinity'
        elif o == -_INF:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant')
        return text

    def _mark(self, o):
        markers = self.markers
        if markers is None:
            return None
        key = id(o)
        if key in markers:
            raise ValueError('Circular reference detected')
        markers[key] = o
        return key

    def _encode(self, o, out):
        if isinstance(o, str):
            out.append(self._str(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self._float(o))
        elif isinstance(o, (list, tuple)):
            try:
                self._list(o, out)
            except RecursionError as e:
                raise _nested_too_deep(e, 'encoding a JSON object') from None
        elif isinstance(o, dict):
            try:
                self._dict(o, out)
            except RecursionError as e:
                raise _nested_too_deep(e, 'encoding a JSON object') from None
        else:
            key = self._mark(o)
            self._encode(self.default(o), out)
            if key is not None:
                del self.markers[key]

    def _list(self, lst, out):
        if not lst:
            out.append('[]')
            return
        key = self._mark(lst)
        out.append('[')
        first = True
        for v in lst:
            if first:
                first = False
            else:
                out.append(self.item_separator)
            self._encode(v, out)
        out.append(']')
        if key is not None:
            del self.markers[key]

    def _key(self, k):
        if isinstance(k, str):
            return k
        if isinstance(k, float):
            return self._float(k)
        if k is True:
            return 'true'
        if k is False:
            return 'false'
        if k is None:
            return 'null'
        if isinstance(k, int):
            return int.__repr__(k)
        if self.skipkeys:
            return None
        raise TypeError('keys must be str, int, float, bool or None, not %.100s'
                        % type(k).__name__)

    def _dict(self, dct, out):
        if not dct:
            out.append('{}')
            return
        key = self._mark(dct)
        out.append('{')
        items = dct.items()
        if self.sort_keys:
            items = sorted(items)
        first = True
        for k, v in items:
            text = self._key(k)
            if text is None:
                continue
            if first:
                first = False
            else:
                out.append(self.item_separator)
            out.append(self._str(text))
            out.append(self.key_separator)
            self._encode(v, out)
        out.append('}')
        if key is not None:
            del self.markers[key]
