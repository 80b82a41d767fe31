"""marshal: CPython's internal serialization format (version 4), for the value types.

dumps/loads/dump/load of None, bool, StopIteration, Ellipsis, int, float, complex, str, bytes
(and bytearray/memoryview, written as bytes), tuple, list, dict, set and frozenset, in CPython's
byte format, so data written by either interpreter reads back in the other. loads() also follows
CPython's back-references (FLAG_REF / TYPE_REF); dumps() writes none (CPython marks objects
that several places refer to, from their reference counts; the bytes then differ from CPython's
where it would have used a reference, but they decode to equal values everywhere). Code objects
are not supported: pystm's bytecode is not CPython's ("unmarshallable object").
"""
import struct as _struct

version = 4

_NULL = b'0'
_NONE = b'N'
_FALSE = b'F'
_TRUE = b'T'
_STOPITER = b'S'
_ELLIPSIS = b'.'
_INT = b'i'
_LONG = b'l'
_BINARY_FLOAT = b'g'
_BINARY_COMPLEX = b'y'
_STRING = b's'
_TUPLE = b'('
_SMALL_TUPLE = b')'
_LIST = b'['
_DICT = b'{'
_UNICODE = b'u'
_SET = b'<'
_FROZENSET = b'>'
_ASCII = b'a'
_ASCII_INTERNED = b'A'
_SHORT_ASCII = b'z'
_SHORT_ASCII_INTERNED = b'Z'
_INTERNED = b't'
_REF = b'r'
_FLAG_REF = 0x80

_MAX_DEPTH = 2000


def _w_long(out, n):
    out += _struct.pack('<i', n)


def _w_size(out, n):
    if n > 0x7fffffff:
        raise ValueError("unmarshallable object")
    _w_long(out, n)


def _w_object(out, x, depth):
    if depth > _MAX_DEPTH:
        raise ValueError("object too deeply nested to marshal")
    t = type(x)
    if x is None:
        out += _NONE
    elif x is StopIteration:
        out += _STOPITER
    elif x is Ellipsis:
        out += _ELLIPSIS
    elif x is False:
        out += _FALSE
    elif x is True:
        out += _TRUE
    elif isinstance(x, int) and t is not bool:
        if -2**31 <= x < 2**31:
            out += _INT
            _w_long(out, x)
        else:
            out += _LONG
            digits = []
            n = -x if x < 0 else x
            while n:
                digits.append(n & 0x7fff)
                n >>= 15
            _w_long(out, -len(digits) if x < 0 else len(digits))
            for d in digits:
                out += _struct.pack('<H', d)
    elif isinstance(x, float):
        out += _BINARY_FLOAT
        out += _struct.pack('<d', x)
    elif isinstance(x, complex):
        out += _BINARY_COMPLEX
        out += _struct.pack('<dd', x.real, x.imag)
    elif isinstance(x, str):
        if x.isascii():
            data = x.encode('ascii')
            if len(data) < 256:
                out += _SHORT_ASCII
                out.append(len(data))
            else:
                out += _ASCII
                _w_size(out, len(data))
        else:
            data = x.encode('utf-8', 'surrogatepass')
            out += _UNICODE
            _w_size(out, len(data))
        out += data
    elif isinstance(x, (bytes, bytearray, memoryview)):
        data = bytes(x)
        out += _STRING
        _w_size(out, len(data))
        out += data
    elif isinstance(x, tuple):
        if len(x) < 256:
            out += _SMALL_TUPLE
            out.append(len(x))
        else:
            out += _TUPLE
            _w_size(out, len(x))
        for item in x:
            _w_object(out, item, depth + 1)
    elif isinstance(x, list):
        out += _LIST
        _w_size(out, len(x))
        for item in x:
            _w_object(out, item, depth + 1)
    elif isinstance(x, dict):
        out += _DICT
        for k, v in x.items():
            _w_object(out, k, depth + 1)
            _w_object(out, v, depth + 1)
        out += _NULL
    elif isinstance(x, (set, frozenset)):
        out += _FROZENSET if isinstance(x, frozenset) else _SET
        _w_size(out, len(x))
        for item in x:
            _w_object(out, item, depth + 1)
    else:
        raise ValueError("unmarshallable object")


def dumps(value, version=version, /):
    """Return the bytes object that would be written to a file by dump(value, file)."""
    out = bytearray()
    _w_object(out, value, 0)
    return bytes(out)


def dump(value, file, version=version, /):
    """Write the value on the open file."""
    file.write(dumps(value, version))


class _Reader:
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.refs = []

    def read(self, n):
        end = self.pos + n
        if end > len(self.data):
            raise EOFError("marshal data too short")
        b = self.data[self.pos:end]
        self.pos = end
        return b

    def byte(self):
        if self.pos >= len(self.data):
            raise EOFError("EOF read where object expected")
        b = self.data[self.pos]
        self.pos += 1
        return b

    def long(self):
        return _struct.unpack('<i', self.read(4))[0]

    def size(self):
        n = self.long()
        if n < 0:
            raise ValueError("bad marshal data (size out of range)")
        return n

    def obj(self, depth=0):
        if depth > _MAX_DEPTH:
            raise ValueError("recursion limit exceeded")
        code = self.byte()
        flag = code & _FLAG_REF
        t = bytes([code & ~_FLAG_REF])
        slot = -1
        if t == _NONE:
            v = None
        elif t == _NULL:
            raise TypeError("NULL object in marshal data for object")
        elif t == _FALSE:
            v = False
        elif t == _TRUE:
            v = True
        elif t == _STOPITER:
            v = StopIteration
        elif t == _ELLIPSIS:
            v = Ellipsis
        elif t == _INT:
            v = self.long()
        elif t == _LONG:
            n = self.long()
            size = -n if n < 0 else n
            v = 0
            for i in range(size):
                d = _struct.unpack('<H', self.read(2))[0]
                if d > 0x7fff:
                    raise ValueError("bad marshal data (digit out of range in long)")
                v |= d << (15 * i)
            if n < 0:
                v = -v
        elif t == _BINARY_FLOAT:
            v = _struct.unpack('<d', self.read(8))[0]
        elif t == _BINARY_COMPLEX:
            re, im = _struct.unpack('<dd', self.read(16))
            v = complex(re, im)
        elif t == _STRING:
            v = bytes(self.read(self.size()))
        elif t in (_UNICODE, _INTERNED):
            v = bytes(self.read(self.size())).decode('utf-8', 'surrogatepass')
        elif t in (_ASCII, _ASCII_INTERNED):
            v = bytes(self.read(self.size())).decode('latin-1')
        elif t in (_SHORT_ASCII, _SHORT_ASCII_INTERNED):
            v = bytes(self.read(self.byte())).decode('latin-1')
        elif t in (_TUPLE, _SMALL_TUPLE):
            n = self.byte() if t == _SMALL_TUPLE else self.size()
            if flag:
                slot = len(self.refs)
                self.refs.append(None)
            v = tuple(self.obj(depth + 1) for _ in range(n))
        elif t == _LIST:
            n = self.size()
            v = []
            if flag:
                self.refs.append(v)
                flag = 0
            for _ in range(n):
                v.append(self.obj(depth + 1))
        elif t == _DICT:
            v = {}
            if flag:
                self.refs.append(v)
                flag = 0
            while True:
                if self.pos < len(self.data) and self.data[self.pos] == _NULL[0]:
                    self.pos += 1
                    break
                k = self.obj(depth + 1)
                v[k] = self.obj(depth + 1)
        elif t in (_SET, _FROZENSET):
            n = self.size()
            if t == _SET:
                v = set()
                if flag:
                    self.refs.append(v)
                    flag = 0
                for _ in range(n):
                    v.add(self.obj(depth + 1))
            else:
                if flag:
                    slot = len(self.refs)
                    self.refs.append(None)
                v = frozenset([self.obj(depth + 1) for _ in range(n)])
        elif t == _REF:
            n = self.long()
            if n < 0 or n >= len(self.refs) or self.refs[n] is None:
                raise ValueError("bad marshal data (invalid reference)")
            return self.refs[n]
        elif t == b'c':
            raise ValueError("bad marshal data (code objects are not supported by pystm)")
        else:
            raise ValueError("bad marshal data (unknown type code)")
        if flag:
            if slot >= 0:
                self.refs[slot] = v
            else:
                self.refs.append(v)
        return v


def loads(data, /):
    """Convert the bytes-like object to a value; extra bytes after it are ignored."""
    if isinstance(data, (bytes, bytearray)):
        return _Reader(bytes(data)).obj()
    with memoryview(data) as view:  # (released at once: a live view forbids resizing)
        return _Reader(view.tobytes()).obj()


def load(file, /):
    """Read one value from the open (binary) file."""
    data = file.read()
    r = _Reader(data)
    v = r.obj()
    if hasattr(file, 'seek'):
        try:
            file.seek(r.pos - len(data), 1)
        except Exception:
            pass
    return v
