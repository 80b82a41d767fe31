# json.decoder — JSONDecoder and JSONDecodeError for pystm, written from the documented behaviour
# of CPython's json (not copied from CPython). A hand-written recursive scanner, no regex. Error
# messages and positions match CPython 3.11's C scanner: "Expecting value", "Expecting property
# name enclosed in double quotes", "Expecting ':' delimiter", "Expecting ',' delimiter",
# "Unterminated string starting at" (position of the opening quote), "Invalid control character
# at", "Invalid \escape" (position of the backslash), "Invalid \uXXXX escape" (position of the u),
# "Extra data". Strings are scanned a run at a time with str.find, not char by char.

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_WS = ' \t\n\r'
_DIGITS = '0123456789'
_HEX = {}
for _i, _c in enumerate('0123456789abcdef'):
    _HEX[_c] = _i
    _HEX[_c.upper()] = _i
del _i, _c

_BACKSLASH = {
    '"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}

_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}


class JSONDecodeError(ValueError):
    """ValueError subclass with msg, doc, pos, lineno and colno of a JSON syntax error."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


def _hex4(s, i):
    """The value of four hex digits at s[i:i+4], or -1."""
    if i + 4 > len(s):
        return -1
    v = 0
    for k in range(i, i + 4):
        d = _HEX.get(s[k])
        if d is None:
            return -1
        v = v * 16 + d
    return v


def scanstring(s, end, strict=True):
    """Decode the JSON string whose body starts at s[end] (just after the quote).
    Return (str, index after the closing quote)."""
    begin = end - 1
    chunks = []
    n = len(s)
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
                    raise JSONDecodeError('Invalid control character at', s, k)
        if stop >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        if chunk:
            chunks.append(chunk)
        if stop == q:
            return ''.join(chunks), q + 1
        # backslash escape at stop
        if stop + 1 >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        esc = s[stop + 1]
        if esc != 'u':
            ch = _BACKSLASH.get(esc)
            if ch is None:
                raise JSONDecodeError('Invalid \\escape', s, stop)
            chunks.append(ch)
            i = stop + 2
            continue
        u = _hex4(s, stop + 2)
        if u < 0:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, stop + 1)
        i = stop + 6
        if 0xd800 <= u <= 0xdbff and s[i:i + 2] == '\\u':
            u2 = _hex4(s, i + 2)
            if u2 < 0:
                raise JSONDecodeError('Invalid \\uXXXX escape', s, i + 1)
            if 0xdc00 <= u2 <= 0xdfff:
                u = 0x10000 + (((u - 0xd800) << 10) | (u2 - 0xdc00))
                i += 6
        chunks.append(chr(u))


py_scanstring = scanstring


def _nested_too_deep(exc, kind):
    # CPython's C scanner names the innermost container it was decoding when the recursion
    # limit was reached; outer containers pass that error on unchanged
    if getattr(exc, '_json_container', False):
        return exc
    err = RecursionError(f'maximum recursion depth exceeded while decoding a JSON {kind} from a unicode string')
    err._json_container = True
    return err


class _Scan:
    """One decoding pass over a document with a decoder's hooks."""

    def __init__(self, dec, s):
        self.s = s
        self.n = len(s)
        self.strict = dec.strict
        self.object_hook = dec.object_hook
        self.object_pairs_hook = dec.object_pairs_hook
        self.parse_float = dec.parse_float
        self.parse_int = dec.parse_int
        self.parse_constant = dec.parse_constant

    def value(self, i):
        """Decode the value at s[i]; return (value, end). StopIteration(i) when none starts there."""
        s = self.s
        if i >= self.n:
            raise StopIteration(i)
        c = s[i]
        if c == '"':
            return scanstring(s, i + 1, self.strict)
        if c == '{':
            try:
                return self.object(i + 1)
            except RecursionError as e:
                raise _nested_too_deep(e, 'object') from None
        if c == '[':
            try:
                return self.array(i + 1)
            except RecursionError as e:
                raise _nested_too_deep(e, 'array') from None
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
        return self.number(i)

    def number(self, start):
        s = self.s
        n = self.n
        i = start
        if i < n and s[i] == '-':
            i += 1
        if i < n and s[i] == '0':
            i += 1
        elif i < n and '1' <= s[i] <= '9':
            i += 1
            while i < n and s[i] in _DIGITS:
                i += 1
        else:
            raise StopIteration(start)
        is_float = False
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
            is_float = True
        if i < n and (s[i] == 'e' or s[i] == 'E'):
            j = i + 1
            if j < n and (s[j] == '+' or s[j] == '-'):
                j += 1
            if j < n and s[j] in _DIGITS:
                j += 1
                while j < n and s[j] in _DIGITS:
                    j += 1
                i = j
                is_float = True
        text = s[start:i]
        if is_float:
            return self.parse_float(text), i
        return self.parse_int(text), i

    def _value_or_error(self, i):
        try:
            return self.value(i)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', self.s, err.value) from None

    def object(self, i):
        s = self.s
        n = self.n
        pairs = []
        i = _skip_ws(s, i)
        if i < n and s[i] == '}':
            return self._finish_object(pairs), i + 1
        while True:
            if i >= n or s[i] != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes', s, i)
            key, i = scanstring(s, i + 1, self.strict)
            i = _skip_ws(s, i)
            if i >= n or s[i] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = _skip_ws(s, i + 1)
            val, i = self._value_or_error(i)
            pairs.append((key, val))
            i = _skip_ws(s, i)
            if i < n and s[i] == '}':
                return self._finish_object(pairs), i + 1
            if i >= n or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip_ws(s, i + 1)

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        d = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(d)
        return d

    def array(self, i):
        s = self.s
        n = self.n
        values = []
        i = _skip_ws(s, i)
        if i < n and s[i] == ']':
            return values, i + 1
        while True:
            val, i = self._value_or_error(i)
            values.append(val)
            i = _skip_ws(s, i)
            if i < n and s[i] == ']':
                return values, i + 1
            if i >= n or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip_ws(s, i + 1)


class JSONDecoder(object):
    """Simple JSON decoder: object -> dict, array -> list, string -> str, number -> int/float,
    true/false -> True/False, null -> None; also NaN, Infinity, -Infinity."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def scan_once(self, s, idx):
        return _Scan(self, s).value(idx)

    def decode(self, s):
        """Return the Python object for the JSON document s (a str)."""
        obj, end = self.raw_decode(s, _skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON value at s[idx:]; return (value, index where it ended)."""
        try:
            return _Scan(self, s).value(idx)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None
