"""array for pystm: typed arrays of numbers (and 'u' characters), written for pystm in Python.

An array keeps its items in a Python list, each checked against the typecode's range when it
is stored (so overflow errors match CPython's), and converts to and from bytes with struct in
the machine's native (little-endian) layout. Supported: construction from iterables, bytes and
str, indexing and slicing (slices are arrays), +, *, comparisons, append/extend/insert/pop/
remove/index/count/reverse, tobytes/frombytes, tolist/fromlist, tounicode/fromunicode,
byteswap, buffer_info (a fake address), itemsize and typecode.
"""

import struct as _struct

__all__ = ['array', 'ArrayType', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_SIZES = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}
_INT_LIMITS = {
    'b': (-128, 127, 'signed char'), 'B': (0, 255, 'unsigned byte integer'),
    'h': (-32768, 32767, 'signed short integer'), 'H': (0, 65535, 'unsigned short'),
    'i': (-2 ** 31, 2 ** 31 - 1, 'signed integer'), 'I': (0, 2 ** 32 - 1, 'unsigned int'),
    'l': (-2 ** 63, 2 ** 63 - 1, 'signed long integer'), 'L': (0, 2 ** 64 - 1, 'unsigned long'),
    'q': (-2 ** 63, 2 ** 63 - 1, 'signed long long integer'), 'Q': (0, 2 ** 64 - 1, 'unsigned long long'),
}
_STRUCT_CODE = {'u': 'I', 'l': 'q', 'L': 'Q'}  # '<' sizes: l and L are 8 bytes here


def _check(tc, v):
    if tc in 'fd':
        if not isinstance(v, (int, float)) and not hasattr(type(v), '__float__'):
            raise TypeError(f'must be real number, not {type(v).__name__}')
        return float(v)
    if tc == 'u':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError(f'array item must be unicode character, not {type(v).__name__}')
        return v
    if not isinstance(v, int):
        if isinstance(v, float) or not hasattr(type(v), '__index__'):
            raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
        v = v.__index__()
    lo, hi, name = _INT_LIMITS[tc]
    if v < lo:
        if lo == 0 and tc in 'ILQ':
            raise OverflowError(f"can't convert negative value to {name}")
        raise OverflowError(f'{name} is less than minimum')
    if v > hi:
        raise OverflowError(f'{name} is greater than maximum')
    return int(v)


_NO_INIT = object()


class array:
    """array(typecode[, initializer]): a compact sequence of numbers of one C type."""

    __slots__ = ('_tc', '_items', '__weakref__')

    def __new__(cls, typecode, initializer=_NO_INIT, /, **kwargs):
        # as CPython's array_new: only array.array itself refuses keywords (a subclass's
        # __init__ may take its own); __init__ is object's
        if cls is array and kwargs:
            raise TypeError('array.array() takes no keyword arguments')
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError(f'array() argument 1 must be a unicode character, not {type(typecode).__name__}')
        if typecode not in _SIZES:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self = object.__new__(cls)
        self._tc = typecode
        self._items = []
        if initializer is _NO_INIT:
            return self
        if isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError(f"cannot use a str to initialize an array with typecode '{typecode}'")
            self._items = list(initializer)
        elif isinstance(initializer, array):
            if initializer._tc == 'u' and typecode != 'u':
                raise TypeError(f"cannot use a unicode array to initialize an array with typecode '{typecode}'")
            self.extend(initializer._items)
        else:
            self.extend(initializer)
        return self

    def __init__(self, *args, **kwargs):
        pass

    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _SIZES[self._tc]

    def _new(self, items):
        a = array(self._tc)
        a._items = items
        return a

    # sequence protocol
    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        try:
            return self._items[i]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError(f'can only assign array (not "{type(v).__name__}") to array slice')
            if v._tc != self._tc:
                raise TypeError('bad argument type for built-in operation')
            self._items[i] = list(v._items)
            return
        v = _check(self._tc, v)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only append array (not "{type(other).__name__}") to array')
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only extend array with array (not "{type(other).__name__}")')
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')
        self._items += other._items
        return self

    def __mul__(self, n):
        return self._new(self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def _cmp_items(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return other._items

    def __eq__(self, other):
        o = self._cmp_items(other)
        return o if o is NotImplemented else self._items == o

    def __ne__(self, other):
        o = self._cmp_items(other)
        return o if o is NotImplemented else self._items != o

    def __lt__(self, other):
        o = self._cmp_items(other)
        return o if o is NotImplemented else self._items < o

    def __le__(self, other):
        o = self._cmp_items(other)
        return o if o is NotImplemented else self._items <= o

    def __gt__(self, other):
        o = self._cmp_items(other)
        return o if o is NotImplemented else self._items > o

    def __ge__(self, other):
        o = self._cmp_items(other)
        return o if o is NotImplemented else self._items >= o

    __hash__ = None

    def __repr__(self):
        name = type(self).__name__
        if not self._items:
            return f"{name}('{self._tc}')"
        if self._tc == 'u':
            return f"{name}('u', {''.join(self._items)!r})"
        return f"{name}('{self._tc}', {self._items!r})"

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self._new(list(self._items))

    def __reduce_ex__(self, protocol):
        # CPython's array_array___reduce_ex___impl: a list for protocols 0-2, the machine
        # bytes through _array_reconstructor for 3 and up.
        state = getattr(self, '__dict__', None) or None
        if protocol < 3:
            return (type(self), (self._tc, self.tolist()), state)
        return (_array_reconstructor, (type(self), self._tc, _NATIVE_MFORMAT[self._tc],
                                       self.tobytes()), state)

    def __reduce__(self):
        return self.__reduce_ex__(2)

    # list-like methods
    def append(self, v):
        self._items.append(_check(self._tc, v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(iterable._items)
            return
        tc = self._tc
        self._items.extend([_check(tc, v) for v in iterable])

    def insert(self, i, v):
        self._items.insert(i, _check(self._tc, v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError('pop from empty array')
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, v):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, v, start=0, stop=None):
        try:
            return self._items.index(v, start, len(self._items) if stop is None else stop)
        except ValueError:
            raise ValueError('array.index(x): x not in array') from None

    def count(self, v):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, lst):
        if not isinstance(lst, list):
            raise TypeError('arg must be list')
        tc = self._tc
        self._items.extend([_check(tc, v) for v in lst])

    # bytes
    def _fmt(self, n):
        return f'<{n}{_STRUCT_CODE.get(self._tc, self._tc)}'

    def __pystm_buffer__(self):
        # the buffer protocol (vm/objects/bytes.ts exportedBuffer): bytes(a), memoryview(a),
        # int(a) and every API taking a bytes-like object read the array's machine bytes
        return self.tobytes()

    def tobytes(self):
        items = [ord(c) for c in self._items] if self._tc == 'u' else self._items
        return _struct.pack(self._fmt(len(items)), *items)

    def frombytes(self, data, /):
        if isinstance(data, array):
            data = data.tobytes()
        elif not isinstance(data, bytes):
            try:
                data = bytes(memoryview(data))
            except TypeError:
                raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'") from None
        size = self.itemsize
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        items = list(_struct.unpack(self._fmt(len(data) // size), data))
        if self._tc == 'u':
            items = [chr(c) for c in items]
        self._items.extend(items)

    def tounicode(self):
        if self._tc != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, s):
        if self._tc != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._items.extend(s)

    def byteswap(self):
        size = self.itemsize
        if size == 1:
            return
        raw = self.tobytes()
        swapped = b''.join(raw[i:i + size][::-1] for i in range(0, len(raw), size))
        self._items = []
        self.frombytes(swapped)

    def buffer_info(self):
        return (id(self), len(self._items))

    def tofile(self, f):
        f.write(self.tobytes())

    def fromfile(self, f, n):
        data = f.read(n * self.itemsize)
        self.frombytes(data[:len(data) - len(data) % self.itemsize])
        if len(data) < n * self.itemsize:
            raise EOFError('read() didn\'t return enough bytes')


ArrayType = array

# Machine format codes (CPython's enum machine_format_code): (size, signed, big endian) of the
# integer ones; 14-17 floats and doubles, 18-21 UTF-16/UTF-32 text. Items are little-endian here.
_INT_MFORMATS = {0: (1, False, False), 1: (1, True, False)}
for _i, _size in enumerate((2, 4, 8)):
    _base = 2 + 4 * _i
    _INT_MFORMATS[_base] = (_size, False, False)
    _INT_MFORMATS[_base + 1] = (_size, False, True)
    _INT_MFORMATS[_base + 2] = (_size, True, False)
    _INT_MFORMATS[_base + 3] = (_size, True, True)
_NATIVE_MFORMAT = {'b': 1, 'B': 0, 'h': 4, 'H': 2, 'i': 8, 'I': 6, 'l': 12, 'L': 10,
                   'q': 12, 'Q': 10, 'f': 14, 'd': 16, 'u': 20}
_STRUCT_INT = {1: 'b', 2: 'h', 4: 'i', 8: 'q'}


def _array_reconstructor(arraytype, typecode, mformat_code, items, /):
    """Internal: used for pickling arrays (protocol 3 and up)."""
    if not isinstance(arraytype, type):
        raise TypeError('first argument must be a type object, not %s' % type(arraytype).__name__)
    if not issubclass(arraytype, array):
        raise TypeError('%s is not a subtype of array.array' % arraytype.__name__)
    if not isinstance(typecode, str) or len(typecode) != 1:
        raise TypeError("_array_reconstructor() argument 2 must be a unicode character, not %s"
                        % type(typecode).__name__)
    if typecode not in _SIZES:
        raise ValueError('second argument must be a valid type code')
    if not isinstance(mformat_code, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(mformat_code).__name__)
    if not 0 <= mformat_code <= 21:
        raise ValueError('third argument must be a valid machine format code.')
    if not isinstance(items, bytes):
        raise TypeError('fourth argument should be bytes, not %s' % type(items).__name__)
    if mformat_code == _NATIVE_MFORMAT[typecode]:
        return arraytype(typecode, items)
    if 14 <= mformat_code <= 17:
        size = 4 if mformat_code < 16 else 8
        if len(items) % size:
            raise ValueError('string length not a multiple of item size')
        fmt = ('>' if mformat_code % 2 else '<') + '%d%s' % (len(items) // size, 'f' if size == 4 else 'd')
        return arraytype(typecode, list(_struct.unpack(fmt, items)))
    if mformat_code >= 18:
        encoding = ('utf-16' if mformat_code < 20 else 'utf-32') + ('-be' if mformat_code % 2 else '-le')
        return arraytype(typecode, items.decode(encoding))
    size, signed, big = _INT_MFORMATS[mformat_code]
    if len(items) % size:
        raise ValueError('string length not a multiple of item size')
    # CPython picks the last integer typecode of that size and signedness
    for tc in typecodes:
        if tc not in 'ufd' and _SIZES[tc] == size and (tc.islower() == signed):
            typecode = tc
    code = _STRUCT_INT[size]
    fmt = ('>' if big else '<') + '%d%s' % (len(items) // size, code if signed else code.upper())
    return arraytype(typecode, list(_struct.unpack(fmt, items)))
