# json.encoder — JSONEncoder for pystm, written from the documented behaviour of CPython's json
# (not copied from CPython), in CPython's module structure: encode_basestring(_ascii) and
# c_make_encoder come from _json when it imports (py_* otherwise). Output must be byte-identical
# to CPython 3.11: float text is float.__repr__, int text int.__repr__ (so IntEnum members encode
# as numbers), strings escape '"', '\\' and control characters (and, with ensure_ascii, every
# non-ASCII character as \uXXXX, astral characters as a surrogate pair, lowercase hex).
# encode() uses _json.make_encoder (one string) when there is no indent; iterencode() is the
# pure generator of chunks (_make_iterencode) so dump() can stream to a file.

try:
    from _json import encode_basestring_ascii as c_encode_basestring_ascii
except ImportError:
    c_encode_basestring_ascii = None
try:
    from _json import encode_basestring as c_encode_basestring
except ImportError:
    c_encode_basestring = None
try:
    from _json import make_encoder as c_make_encoder
except ImportError:
    c_make_encoder = None

INFINITY = float('inf')

_SHORT_ESCAPES = {
    '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f',
}


def _escape_char(ch, ascii_only):
    e = _SHORT_ESCAPES.get(ch)
    if e is not None:
        return e
    n = ord(ch)
    if n < 0x10000:
        return '\\u%04x' % n
    n -= 0x10000
    return '\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff))


def _needs_escape(ch, ascii_only):
    if ch == '"' or ch == '\\' or ch < ' ':
        return True
    return ascii_only and ch > '~'


def _encode_str(s, ascii_only):
    # Fast path: nothing to escape.
    if s.isascii() and s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    parts = ['"']
    start = 0
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if _needs_escape(ch, ascii_only):
            if start < i:
                parts.append(s[start:i])
            parts.append(_escape_char(ch, ascii_only))
            start = i + 1
        i += 1
    if start < n:
        parts.append(s[start:])
    parts.append('"')
    return ''.join(parts)


def py_encode_basestring(s):
    """Return a JSON representation of a Python string

    """
    return _encode_str(s, False)


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string

    """
    return _encode_str(s, True)


encode_basestring = c_encode_basestring or py_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii or py_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON encoder for Python data structures.

    dict -> object, list/tuple -> array, str -> string, int/float -> number,
    True/False -> true/false, None -> null. Override default() for other types.
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError('Object of type %s is not JSON serializable' % (o.__class__.__name__,))

    def encode(self, o):
        """Return the JSON text of o, a str:

        >>> JSONEncoder().encode({"list": [1, 2.0, None], "text": "\\n"})
        '{"list": [1, 2.0, null], "text": "\\\\n"}'
        """
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation as available."""
        markers = {} if self.check_circular else None
        _encoder = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        allow_nan = self.allow_nan

        def floatstr(o):
            return _float_text(o, allow_nan)

        if _one_shot and c_make_encoder is not None and self.indent is None:
            _iterencode = c_make_encoder(markers, self.default, _encoder, self.indent,
                                         self.key_separator, self.item_separator, self.sort_keys,
                                         self.skipkeys, self.allow_nan)
        else:
            _iterencode = _make_iterencode(markers, self.default, _encoder, self.indent, floatstr,
                                           self.key_separator, self.item_separator,
                                           self.sort_keys, self.skipkeys, _one_shot)
        return _iterencode(o, 0)


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr, _key_separator,
                     _item_separator, _sort_keys, _skipkeys, _one_shot):
    """The pure-Python encoder: a function (obj, level) -> generator of chunks."""
    return _Writer(markers, _default, _encoder, _indent, _floatstr, _key_separator,
                   _item_separator, _sort_keys, _skipkeys).encode_value


def _nested_too_deep(exc):
    # CPython's C encoder: a container nested past the recursion limit
    if getattr(exc, '_json_container', False):
        return exc
    err = RecursionError('maximum recursion depth exceeded while encoding a JSON object')
    err._json_container = True
    return err


def _float_text(o, allow_nan):
    if o != o:
        text = 'NaN'
    elif o == INFINITY:
        text = 'Infinity'
    elif o == -INFINITY:
        text = '-Infinity'
    else:
        return float.__repr__(o)
    if not allow_nan:
        raise ValueError('Out of range float values are not JSON compliant: ' + repr(o))
    return text


class _Writer:
    """One encoding pass: holds the options and the circular-reference markers."""

    def __init__(self, markers, default, encoder, indent, floatstr, key_separator,
                 item_separator, sort_keys, skipkeys):
        self.markers = markers
        self.default = default
        self.encoder = encoder
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.floatstr = floatstr
        self.item_sep = item_separator
        self.key_sep = key_separator
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys

    def _mark(self, o):
        markers = self.markers
        if markers is not None:
            key = id(o)
            if key in markers:
                raise ValueError('Circular reference detected')
            markers[key] = o
            return key
        return None

    def _unmark(self, key):
        if key is not None:
            del self.markers[key]

    def encode_value(self, o, level):
        if isinstance(o, str):
            yield self.encoder(o)
        elif o is None:
            yield 'null'
        elif o is True:
            yield 'true'
        elif o is False:
            yield 'false'
        elif isinstance(o, int):
            yield int.__repr__(o)
        elif isinstance(o, float):
            yield self.floatstr(o)
        elif isinstance(o, (list, tuple)):
            try:
                yield from self.encode_list(o, level)
            except RecursionError as e:
                raise _nested_too_deep(e) from None
        elif isinstance(o, dict):
            try:
                yield from self.encode_dict(o, level)
            except RecursionError as e:
                raise _nested_too_deep(e) from None
        else:
            key = self._mark(o)
            o = self.default(o)
            yield from self.encode_value(o, level)
            self._unmark(key)

    def _newline(self, level):
        return '\n' + self.indent * level

    def _scalar_text(self, o):
        """The text of a str/None/bool/int/float, or None for anything else."""
        if isinstance(o, str):
            return self.encoder(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.floatstr(o)
        return None

    def encode_list(self, lst, level):
        # Chunks as CPython's iterencode yields them: the opening bracket or separator is glued
        # to a scalar item that follows it.
        if not lst:
            yield '[]'
            return
        key = self._mark(lst)
        buf = '['
        if self.indent is not None:
            level += 1
            nl = self._newline(level)
            sep = self.item_sep + nl
            buf += nl
        else:
            nl = None
            sep = self.item_sep
        first = True
        for v in lst:
            if first:
                first = False
            else:
                buf = sep
            text = self._scalar_text(v)
            if text is not None:
                yield buf + text
            else:
                yield buf
                yield from self.encode_value(v, level)
        if nl is not None:
            level -= 1
            yield self._newline(level)
        yield ']'
        self._unmark(key)

    def _key_text(self, k):
        if isinstance(k, str):
            return k
        if isinstance(k, float):
            return self.floatstr(k)
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
        raise TypeError('keys must be str, int, float, bool or None, not %s' % (k.__class__.__name__,))

    def encode_dict(self, dct, level):
        if not dct:
            yield '{}'
            return
        key = self._mark(dct)
        if self.indent is not None:
            level += 1
            nl = self._newline(level)
            sep = self.item_sep + nl
            yield '{'
            yield nl
        else:
            nl = None
            sep = self.item_sep
            yield '{'
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for k, v in items:
            text = self._key_text(k)
            if text is None:
                continue
            if first:
                first = False
            else:
                yield sep
            yield self.encoder(text)
            yield self.key_sep
            yield from self.encode_value(v, level)
        if nl is not None:
            level -= 1
            yield self._newline(level)
        yield '}'
        self._unmark(key)
