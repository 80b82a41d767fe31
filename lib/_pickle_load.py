# pickle's reading half for pystm: Unpickler. Reads every opcode of protocols 0-5 (Python 2's
# STRING/BINSTRING included, decoded with `encoding`/`errors` as CPython does), from a bytes-like
# object (loads) or a binary file (load: frames are read whole, other data as it is needed, so
# a file holding several pickles is left just after the first one). Errors are CPython's: the
# exception types and messages of its C unpickler (EOFError 'Ran out of input',
# UnpicklingError 'pickle data was truncated', "invalid load key, 'x'.", ...).
# Written for pystm from the protocol's documentation and CPython's observable behaviour.

import sys
import copyreg
from _pickle_defs import HIGHEST_PROTOCOL, UnpicklingError, decode_long
from _compat_pickle import NAME_MAPPING, IMPORT_MAPPING


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


_unpack_double = None


def _double(data):
    global _unpack_double
    if _unpack_double is None:
        import struct
        _unpack_double = struct.Struct('>d').unpack
    return _unpack_double(data)[0]


class Unpickler:
    """This takes a binary file for reading a pickle data stream."""
    __module__ = '_pickle'

    def __init__(self, file, *, fix_imports=True, encoding='ASCII', errors='strict',
                 buffers=None):
        self._buffers = iter(buffers) if buffers is not None else None
        self._file = file
        if file is not None:
            try:
                self._file_read = file.read
                self._file_readline = file.readline
            except AttributeError:
                raise TypeError("file must have 'read' and 'readline' attributes") from None
        self._data = b''
        self._pos = 0
        self._in_frame = False
        self._memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    # -- input --------------------------------------------------------------------------------

    def _set_bytes(self, data):
        """loads(): the whole input is in memory."""
        self._file = None
        self._data = data
        self._pos = 0

    def _read(self, n):
        pos = self._pos
        end = pos + n
        data = self._data
        if end <= len(data):
            self._pos = end
            return data[pos:end]
        if self._file is None or self._in_frame:
            if self._in_frame and pos >= len(data) and self._file is not None:
                # the frame is used up: the rest comes from the file
                self._in_frame = False
                return self._read(n)
            if self._in_frame:
                raise UnpicklingError('pickle exhausted before end of frame')
            raise UnpicklingError('pickle data was truncated')
        head = data[pos:]
        more = self._file_read(n - len(head))
        self._data = b''
        self._pos = 0
        if more is None:
            more = b''
        if len(head) + len(more) < n:
            raise UnpicklingError('pickle data was truncated')
        return head + more if head else more

    def _readline(self):
        data = self._data
        pos = self._pos
        i = data.find(b'\n', pos)
        if i >= 0:
            self._pos = i + 1
            return data[pos:i + 1]
        if self._file is None:
            raise UnpicklingError('pickle data was truncated')
        if self._in_frame:
            if pos < len(data):
                raise UnpicklingError('pickle exhausted before end of frame')
            self._in_frame = False
        head = data[pos:]
        self._data = b''
        self._pos = 0
        line = self._file_readline()
        line = head + line
        if not line.endswith(b'\n'):
            raise UnpicklingError('pickle data was truncated')
        return line

    def _read_opcode(self):
        pos = self._pos
        data = self._data
        if pos < len(data):
            self._pos = pos + 1
            return data[pos]
        if self._file is None:
            raise EOFError('Ran out of input')
        if self._in_frame:
            self._in_frame = False
        b = self._file_read(1)
        if not b:
            raise EOFError('Ran out of input')
        self._data = b''
        self._pos = 0
        return b[0]

    # -- the loop -----------------------------------------------------------------------------

    def load(self):
        """Load a pickle from the file given to the constructor (or the data of loads)."""
        if not hasattr(self, '_data'):
            raise UnpicklingError('Unpickler.__init__() was not called by %s.__init__()'
                                  % type(self).__name__)
        self.stack = []
        self.metastack = []
        self.proto = 0
        dispatch = _DISPATCH
        try:
            while True:
                key = self._read_opcode()
                f = dispatch[key]
                if f is None:
                    c = key
                    if 0x20 <= c <= 0x7e and c != 0x27 and c != 0x5c:
                        raise UnpicklingError("invalid load key, '%s'." % chr(c))
                    raise UnpicklingError("invalid load key, '\\x%02x'." % c)
                f(self)
        except _Stop as stop:
            return stop.value

    def _pop_mark(self):
        if not self.metastack:
            raise UnpicklingError('could not find MARK')
        items = self.stack
        self.stack = self.metastack.pop()
        return items

    def _underflow(self):
        return UnpicklingError('unexpected MARK found' if self.metastack
                               else 'unpickling stack underflow')

    def _pop(self):
        if not self.stack:
            raise self._underflow()
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            raise self._underflow()
        return self.stack[-1]

    @property
    def memo(self):
        return self._memo

    @memo.setter
    def memo(self, value):
        if not isinstance(value, dict):
            raise TypeError("'memo' attribute must be an UnpicklerMemoProxy object or dict, "
                            "not %.200s" % type(value).__name__)
        for k in value:
            if type(k) is not int or k < 0:
                raise ValueError('memo key must be positive integers.')
        self._memo = dict(value)

    def persistent_load(self, pid):
        raise UnpicklingError('A load persistent id instruction was encountered, '
                              'but no persistent_load function was specified.')

    def find_class(self, module, name):
        """Return an object from a specified module (imported if needed)."""
        sys.audit('pickle.find_class', module, name)
        if self.proto < 3 and self.fix_imports:
            if (module, name) in NAME_MAPPING:
                module, name = NAME_MAPPING[(module, name)]
            elif module in IMPORT_MAPPING:
                module = IMPORT_MAPPING[module]
        __import__(module, level=0)
        mod = sys.modules[module]
        if self.proto >= 4:
            parts = name.split('.')
        else:
            parts = [name]
        obj = mod
        for part in parts:
            if part == '<locals>':
                raise AttributeError("Can't get local attribute %r on %r" % (name, mod))
            try:
                obj = getattr(obj, part)
            except AttributeError:
                raise AttributeError("Can't get attribute %r on %r" % (name, mod)) from None
        return obj

    def _decode_string(self, value):
        if self.encoding == 'bytes':
            return value
        return value.decode(self.encoding, self.errors)

    def _memo_get(self, idx):
        try:
            return self._memo[idx]
        except KeyError:
            raise UnpicklingError('Memo value not found at index %d' % idx) from None


def _uint(data):
    return int.from_bytes(data, 'little')


def load_proto(u):
    proto = u._read(1)[0]
    if not 0 <= proto <= HIGHEST_PROTOCOL:
        raise ValueError('unsupported pickle protocol: %d' % proto)
    u.proto = proto


def load_frame(u):
    size = _uint(u._read(8))
    if size > sys.maxsize:
        raise ValueError('frame size > sys.maxsize: %d' % size)
    if u._file is None:
        if u._pos + size > len(u._data):
            raise UnpicklingError('pickle exhausted before end of frame')
        return
    rest = u._data[u._pos:]
    if rest:
        raise UnpicklingError('beginning of a new frame before end of current frame')
    data = u._file_read(size)
    if data is None or len(data) < size:
        raise UnpicklingError('pickle exhausted before end of frame')
    u._data = data
    u._pos = 0
    u._in_frame = True


def load_persid(u):
    try:
        pid = u._readline()[:-1].decode('ascii')
    except UnicodeDecodeError:
        raise UnpicklingError('persistent IDs in protocol 0 must be ASCII strings') from None
    u.stack.append(u.persistent_load(pid))


def load_binpersid(u):
    pid = u._pop()
    u.stack.append(u.persistent_load(pid))


def load_none(u):
    u.stack.append(None)


def load_false(u):
    u.stack.append(False)


def load_true(u):
    u.stack.append(True)


def load_int(u):
    data = u._readline()
    if data == b'00\n':
        val = False
    elif data == b'01\n':
        val = True
    else:
        val = _strtol(data)
    u.stack.append(val)


def _strtol(data):
    # INT's argument is read as C's strtol(s, NULL, 0) does: 0x... hex, 0... octal
    s = data.strip()
    digits = s.lstrip(b'+-')
    if digits[:2] in (b'0x', b'0X'):
        return int(s[:len(s) - len(digits)] + digits[2:], 16)
    if len(digits) > 1 and digits[:1] == b'0':
        return int(s, 8)
    return int(s)


def load_binint(u):
    u.stack.append(int.from_bytes(u._read(4), 'little', signed=True))


def load_binint1(u):
    u.stack.append(u._read(1)[0])


def load_binint2(u):
    u.stack.append(_uint(u._read(2)))


def load_long(u):
    val = u._readline()[:-1]
    if val and val[-1:] == b'L':
        val = val[:-1]
    u.stack.append(int(val))


def load_long1(u):
    n = u._read(1)[0]
    u.stack.append(decode_long(u._read(n)))


def load_long4(u):
    n = int.from_bytes(u._read(4), 'little', signed=True)
    if n < 0:
        raise UnpicklingError('LONG pickle has negative byte count')
    u.stack.append(decode_long(u._read(n)))


def load_float(u):
    u.stack.append(float(u._readline()[:-1]))


def load_binfloat(u):
    u.stack.append(_double(u._read(8)))


def load_string(u):
    data = u._readline()[:-1]
    if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
        data = data[1:-1]
    else:
        raise UnpicklingError('the STRING opcode argument must be quoted')
    import codecs
    u.stack.append(u._decode_string(codecs.escape_decode(data)[0]))


def load_binstring(u):
    n = int.from_bytes(u._read(4), 'little', signed=True)
    if n < 0:
        raise UnpicklingError('BINSTRING pickle has negative byte count')
    u.stack.append(u._decode_string(u._read(n)))


def load_short_binstring(u):
    n = u._read(1)[0]
    u.stack.append(u._decode_string(u._read(n)))


def load_binbytes(u):
    u.stack.append(bytes(u._read(_uint(u._read(4)))))


def load_short_binbytes(u):
    u.stack.append(bytes(u._read(u._read(1)[0])))


def _size8(u, opname):
    # the 8-byte length of BINBYTES8, BYTEARRAY8 and BINUNICODE8, checked as CPython's C
    # unpickler does (its names: 'BINBYTES', 'BYTEARRAY8', 'BINUNICODE')
    n = _uint(u._read(8))
    if n > sys.maxsize:
        raise OverflowError('%s exceeds system\'s maximum size of %d bytes'
                              % (opname, sys.maxsize))
    return n


def load_binbytes8(u):
    u.stack.append(bytes(u._read(_size8(u, 'BINBYTES'))))


def load_bytearray8(u):
    u.stack.append(bytearray(u._read(_size8(u, 'BYTEARRAY8'))))


def load_next_buffer(u):
    if u._buffers is None:
        raise UnpicklingError('pickle stream refers to out-of-band data '
                              'but no *buffers* argument was given')
    try:
        buf = next(u._buffers)
    except StopIteration:
        raise UnpicklingError('not enough out-of-band buffers') from None
    u.stack.append(buf)


def load_readonly_buffer(u):
    buf = u._top()
    m = memoryview(buf)
    if not m.readonly:
        toreadonly = getattr(m, 'toreadonly', None)  # (pystm's memoryview may lack it)
        if toreadonly is not None:
            u.stack[-1] = toreadonly()


def load_unicode(u):
    u.stack.append(str(u._readline()[:-1], 'raw-unicode-escape'))


def load_binunicode(u):
    u.stack.append(str(u._read(_uint(u._read(4))), 'utf-8', 'surrogatepass'))


def load_binunicode8(u):
    u.stack.append(str(u._read(_size8(u, 'BINUNICODE')), 'utf-8', 'surrogatepass'))


def load_short_binunicode(u):
    u.stack.append(str(u._read(u._read(1)[0]), 'utf-8', 'surrogatepass'))


def load_tuple(u):
    items = u._pop_mark()
    u.stack.append(tuple(items))


def load_empty_tuple(u):
    u.stack.append(())


def load_tuple1(u):
    value = u._pop()
    u.stack.append((value,))


def load_tuple2(u):
    if len(u.stack) < 2:
        raise u._underflow()
    u.stack[-2:] = [(u.stack[-2], u.stack[-1])]


def load_tuple3(u):
    if len(u.stack) < 3:
        raise u._underflow()
    u.stack[-3:] = [(u.stack[-3], u.stack[-2], u.stack[-1])]


def load_empty_list(u):
    u.stack.append([])


def load_empty_dict(u):
    u.stack.append({})


def load_empty_set(u):
    u.stack.append(set())


def load_frozenset(u):
    items = u._pop_mark()
    u.stack.append(frozenset(items))


def load_list(u):
    items = u._pop_mark()
    u.stack.append(items)


def load_dict(u):
    items = u._pop_mark()
    if len(items) % 2:
        raise UnpicklingError('odd number of items for DICT')
    u.stack.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})


def _instantiate(u, klass, args):
    if args or not isinstance(klass, type) or hasattr(klass, '__getinitargs__'):
        value = klass(*args)
    else:
        value = klass.__new__(klass)
    u.stack.append(value)


def load_inst(u):
    module = u._readline()[:-1].decode('ascii')
    name = u._readline()[:-1].decode('ascii')
    klass = u.find_class(module, name)
    _instantiate(u, klass, u._pop_mark())


def load_obj(u):
    args = u._pop_mark()
    if not args:
        raise UnpicklingError('unpickling stack underflow')
    cls = args.pop(0)
    _instantiate(u, cls, args)


def load_newobj(u):
    args = u._pop()
    cls = u._pop()
    if not isinstance(cls, type):
        raise UnpicklingError('NEWOBJ class argument isn\'t a type object')
    if not isinstance(args, tuple):
        raise UnpicklingError('NEWOBJ expected an arg tuple.')
    u.stack.append(cls.__new__(cls, *args))


def load_newobj_ex(u):
    kwargs = u._pop()
    args = u._pop()
    cls = u._pop()
    if not isinstance(cls, type):
        raise UnpicklingError('NEWOBJ_EX class argument must be a type, not %s'
                              % type(cls).__name__)
    if not isinstance(args, tuple):
        raise UnpicklingError('NEWOBJ_EX args argument must be a tuple, not %s'
                              % type(args).__name__)
    if not isinstance(kwargs, dict):
        raise UnpicklingError('NEWOBJ_EX kwargs argument must be a dict, not %s'
                              % type(kwargs).__name__)
    u.stack.append(cls.__new__(cls, *args, **kwargs))


def load_global(u):
    module = u._readline()[:-1].decode('utf-8')
    name = u._readline()[:-1].decode('utf-8')
    u.stack.append(u.find_class(module, name))


def load_stack_global(u):
    name = u._pop()
    module = u._pop()
    if type(name) is not str or type(module) is not str:
        raise UnpicklingError('STACK_GLOBAL requires str')
    u.stack.append(u.find_class(module, name))


def _get_extension(u, code):
    nil = []
    obj = copyreg._extension_cache.get(code, nil)
    if obj is not nil:
        u.stack.append(obj)
        return
    key = copyreg._inverted_registry.get(code)
    if not key:
        if code <= 0:
            raise UnpicklingError('EXT specifies code <= 0')
        raise ValueError('unregistered extension code %d' % code)
    obj = u.find_class(*key)
    copyreg._extension_cache[code] = obj
    u.stack.append(obj)


def load_ext1(u):
    _get_extension(u, u._read(1)[0])


def load_ext2(u):
    _get_extension(u, _uint(u._read(2)))


def load_ext4(u):
    _get_extension(u, int.from_bytes(u._read(4), 'little', signed=True))


def load_reduce(u):
    args = u._pop()
    func = u._pop()
    if not isinstance(args, tuple):
        raise TypeError('argument list must be a tuple')
    u.stack.append(func(*args))


def load_pop(u):
    if u.stack:
        u.stack.pop()
    else:
        u._pop_mark()


def load_pop_mark(u):
    u._pop_mark()


def load_dup(u):
    u.stack.append(u._top())


def load_get(u):
    u.stack.append(u._memo_get(int(u._readline()[:-1])))


def load_binget(u):
    u.stack.append(u._memo_get(u._read(1)[0]))


def load_long_binget(u):
    u.stack.append(u._memo_get(_uint(u._read(4))))


def load_put(u):
    i = int(u._readline()[:-1])
    if i < 0:
        raise ValueError('negative PUT argument')
    u._memo[i] = u._top()


def load_binput(u):
    u._memo[u._read(1)[0]] = u._top()


def load_long_binput(u):
    i = _uint(u._read(4))
    if i > sys.maxsize:
        raise ValueError('negative LONG_BINPUT argument')
    u._memo[i] = u._top()


def load_memoize(u):
    u._memo[len(u._memo)] = u._top()


def load_append(u):
    value = u._pop()
    u._top().append(value)


def load_appends(u):
    items = u._pop_mark()
    target = u._top()
    if type(target) is list:
        target.extend(items)
        return
    extend = getattr(target, 'extend', None)
    if extend is not None:
        extend(items)
    else:
        append = target.append
        for item in items:
            append(item)


def load_setitem(u):
    value = u._pop()
    key = u._pop()
    u._top()[key] = value


def load_setitems(u):
    items = u._pop_mark()
    target = u._top()
    if len(items) % 2:
        raise UnpicklingError('odd number of items for SETITEMS')
    for i in range(0, len(items), 2):
        target[items[i]] = items[i + 1]


def load_additems(u):
    items = u._pop_mark()
    target = u._top()
    if isinstance(target, set):
        target.update(items)
    else:
        add = target.add
        for item in items:
            add(item)


def load_build(u):
    state = u._pop()
    inst = u._top()
    setstate = getattr(inst, '__setstate__', None)
    if setstate is not None:
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        if not isinstance(state, dict):
            raise UnpicklingError('state is not a dictionary')
        inst_dict = inst.__dict__
        intern = sys.intern
        for k, v in state.items():
            if type(k) is str:
                inst_dict[intern(k)] = v
            else:
                inst_dict[k] = v
    if slotstate:
        if not isinstance(slotstate, dict):
            raise UnpicklingError('slot state is not a dictionary')
        for k, v in slotstate.items():
            setattr(inst, k, v)


def load_mark(u):
    u.metastack.append(u.stack)
    u.stack = []


def load_stop(u):
    raise _Stop(u._pop())


_DISPATCH = [None] * 256
for _op, _f in {
        b'(': load_mark, b'.': load_stop, b'0': load_pop, b'1': load_pop_mark, b'2': load_dup,
        b'F': load_float, b'I': load_int, b'J': load_binint, b'K': load_binint1,
        b'L': load_long, b'M': load_binint2, b'N': load_none, b'P': load_persid,
        b'Q': load_binpersid, b'R': load_reduce, b'S': load_string, b'T': load_binstring,
        b'U': load_short_binstring, b'V': load_unicode, b'X': load_binunicode,
        b'a': load_append, b'b': load_build, b'c': load_global, b'd': load_dict,
        b'}': load_empty_dict, b'e': load_appends, b'g': load_get, b'h': load_binget,
        b'i': load_inst, b'j': load_long_binget, b'l': load_list, b']': load_empty_list,
        b'o': load_obj, b'p': load_put, b'q': load_binput, b'r': load_long_binput,
        b's': load_setitem, b't': load_tuple, b')': load_empty_tuple, b'u': load_setitems,
        b'G': load_binfloat, b'\x80': load_proto, b'\x81': load_newobj, b'\x82': load_ext1,
        b'\x83': load_ext2, b'\x84': load_ext4, b'\x85': load_tuple1, b'\x86': load_tuple2,
        b'\x87': load_tuple3, b'\x88': load_true, b'\x89': load_false, b'\x8a': load_long1,
        b'\x8b': load_long4, b'B': load_binbytes, b'C': load_short_binbytes,
        b'\x8c': load_short_binunicode, b'\x8d': load_binunicode8, b'\x8e': load_binbytes8,
        b'\x8f': load_empty_set, b'\x90': load_additems, b'\x91': load_frozenset,
        b'\x92': load_newobj_ex, b'\x93': load_stack_global, b'\x94': load_memoize,
        b'\x95': load_frame, b'\x96': load_bytearray8, b'\x97': load_next_buffer,
        b'\x98': load_readonly_buffer}.items():
    _DISPATCH[_op[0]] = _f
del _op, _f
