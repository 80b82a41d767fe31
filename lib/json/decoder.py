# json.decoder — JSONDecoder and JSONDecodeError for pystm, written from the documented behaviour
# of CPython's json (not copied from CPython), in CPython's module structure: scanstring is
# _json.scanstring when _json imports, else py_scanstring; JSONObject/JSONArray are the pure
# parse_object/parse_array the pure scanner (json.scanner.py_make_scanner) calls; JSONDecoder uses
# json.scanner.make_scanner. No regex. Error messages and positions match CPython 3.11:
# "Expecting value", "Expecting property name enclosed in double quotes", "Expecting ':'
# delimiter", "Expecting ',' delimiter", "Unterminated string starting at" (position of the
# opening quote), "Invalid \uXXXX escape" (position of the u), "Extra data"; as CPython's, the
# pure py_scanstring says "Invalid control character '\x01' at" and "Invalid \escape: 'x'" (at the
# escaped character) where _json says "Invalid control character at" and "Invalid \escape" (at
# the backslash). Strings are scanned a run at a time with str.find, not char by char.

from json import scanner
from _json_common import BACKSLASH as _BACKSLASH, hex4 as _hex4, skip_ws as _skip_ws

try:
    from _json import scanstring as c_scanstring
except ImportError:
    c_scanstring = None

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos

    """

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


def py_scanstring(s, end, strict=True):
    """Decode the JSON string whose body starts at s[end] (just after the quote).
    Return (str, index after the closing quote)."""
    if end > 9223372036854775807:
        raise OverflowError('Python int too large to convert to C ssize_t')
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
                    raise JSONDecodeError('Invalid control character %r at' % s[k], s, k)
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
                raise JSONDecodeError('Invalid \\escape: %r' % esc, s, stop + 1)
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


scanstring = c_scanstring or py_scanstring


def JSONObject(s_and_end, strict, scan_once, object_hook, object_pairs_hook, memo=None):
    """Decode the members of a JSON object whose '{' is just before s_and_end[1]."""
    s, i = s_and_end
    n = len(s)
    pairs = []
    if memo is None:
        memo = {}
    i = _skip_ws(s, i)
    if i < n and s[i] == '}':
        if object_pairs_hook is not None:
            return object_pairs_hook(pairs), i + 1
        pairs = {}
        if object_hook is not None:
            pairs = object_hook(pairs)
        return pairs, i + 1
    while True:
        if i >= n or s[i] != '"':
            raise JSONDecodeError('Expecting property name enclosed in double quotes', s, i)
        key, i = scanstring(s, i + 1, strict)
        key = memo.setdefault(key, key)
        i = _skip_ws(s, i)
        if i >= n or s[i] != ':':
            raise JSONDecodeError("Expecting ':' delimiter", s, i)
        i = _skip_ws(s, i + 1)
        try:
            value, i = scan_once(s, i)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None
        pairs.append((key, value))
        i = _skip_ws(s, i)
        if i < n and s[i] == '}':
            i += 1
            break
        if i >= n or s[i] != ',':
            raise JSONDecodeError("Expecting ',' delimiter", s, i)
        i = _skip_ws(s, i + 1)
    if object_pairs_hook is not None:
        return object_pairs_hook(pairs), i
    pairs = dict(pairs)
    if object_hook is not None:
        pairs = object_hook(pairs)
    return pairs, i


def JSONArray(s_and_end, scan_once):
    """Decode the items of a JSON array whose '[' is just before s_and_end[1]."""
    s, i = s_and_end
    n = len(s)
    values = []
    i = _skip_ws(s, i)
    if i < n and s[i] == ']':
        return values, i + 1
    while True:
        try:
            value, i = scan_once(s, i)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None
        values.append(value)
        i = _skip_ws(s, i)
        if i < n and s[i] == ']':
            return values, i + 1
        if i >= n or s[i] != ',':
            raise JSONDecodeError("Expecting ',' delimiter", s, i)
        i = _skip_ws(s, i + 1)


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder

    Performs the following translations in decoding by default:

    +---------------+-------------------+
    | JSON          | Python            |
    +===============+===================+
    | object        | dict              |
    +---------------+-------------------+
    | array         | list              |
    +---------------+-------------------+
    | string        | str               |
    +---------------+-------------------+
    | number (int)  | int               |
    +---------------+-------------------+
    | number (real) | float             |
    +---------------+-------------------+
    | true          | True              |
    +---------------+-------------------+
    | false         | False             |
    +---------------+-------------------+
    | null          | None              |
    +---------------+-------------------+

    It also understands ``NaN``, ``Infinity``, and ``-Infinity`` as
    their corresponding ``float`` values, which is outside the JSON spec.
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = JSONObject
        self.parse_array = JSONArray
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s):
        """Return the Python representation of ``s`` (a ``str`` instance
        containing a JSON document).
        """
        obj, end = self.raw_decode(s, _skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with
        a JSON document) and return a 2-tuple of the Python
        representation and the index in ``s`` where the document ended.
        """
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None
        return obj, end
