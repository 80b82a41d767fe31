# pickle's reading half for pystm: Unpickler. Reads every opcode of protocols 0-5 (Python 2's
# STRING/BINSTRING included, decoded with `encoding`/`errors` as CPython does), from a bytes-like
# object (loads) or a binary file (load: frames are read whole, other data as it is needed, so
# a file holding several pickles is left just after the first one). Errors are CPython's: the
# exception types and messages of its C unpickler (EOFError 'Ran out of input',
# UnpicklingError 'pickle data was truncated', "invalid load key, 'x'.", ...).
# The opcode loop is native (vm/modules/pickle_load.ts); the functions here are its helpers
# (Unpickler._n) and the input methods it falls back to when `_data` runs out.
# Written for pystm from the protocol's documentation and CPython's observable behaviour.

import sys
import copyreg
from _pickle_defs import UnpicklingError
from _compat_pickle import NAME_MAPPING, IMPORT_MAPPING
from _pickle_native import load as _native_load


class Unpickler:
    """This takes a binary file for reading a pickle data stream."""
    __module__ = '_pickle'

    def __init__(self, file, *, fix_imports=True, encoding='ASCII', errors='strict',
                 buffers=None):
        self._buffers = iter(buffers) if buffers is not None else None
        self._file = file
        if file is not None:
            # both looked up before the check (as C's _Unpickler_SetInputStream): an error
            # other than AttributeError from either propagates
            read = getattr(file, 'read', None)
            readline = getattr(file, 'readline', None)
            if read is None or readline is None:
                raise TypeError("file must have 'read' and 'readline' attributes")
            self._file_read = read
            self._file_readline = readline
        self._data = b''
        self._pos = 0
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

    # a frame (protocol 4+) is a read-ahead of its size, as in CPython's C unpickler: opcodes
    # may cross its end, and a short input is 'pickle data was truncated' inside one or not

    def _read(self, n):
        pos = self._pos
        end = pos + n
        data = self._data
        if end <= len(data):
            self._pos = end
            return data[pos:end]
        if self._file is None:
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
        head = data[pos:]
        self._data = b''
        self._pos = 0
        line = head + self._file_readline()
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
        self.proto = 0
        self._stack = None
        while True:
            value = _native_load(self)
            need = self._need
            if need is None:
                self._stack = self._meta = None
                return value
            self._refill(*need)

    def _refill(self, kind, n):
        # the native loop stopped at an opcode the data in memory does not hold: it starts again
        # from _pos with the opcode and its arguments in _data (read exactly, as CPython's
        # unpickler does, so the file is left just after the pickle)
        if kind == 0:
            self._data = self._read(n)
        elif kind == 1:
            head = self._read(n)
            self._data = head + self._readline()
        else:
            self._data = bytes((self._read_opcode(),))
        self._pos = 0

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
        raise UnpicklingError('A load persistent id instruction was encountered,\n'
                              'but no persistent_load function was specified.')
    persistent_load._pystm_default = True  # (BINPERSID raises before popping, as C's)

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


def _uint(data):
    return int.from_bytes(data, 'little')


# -- helpers of the native loop (Unpickler._n, indices in vm/modules/pickle_load.ts) ----------

def load_frame(u):
    size = _uint(u._read(8))
    if size > sys.maxsize:
        raise ValueError('frame size > sys.maxsize: %d' % size)
    rest = len(u._data) - u._pos
    if rest >= size:
        return
    if u._file is None:
        raise UnpicklingError('pickle data was truncated')
    more = u._file_read(size - rest)
    if more is None or len(more) < size - rest:
        raise UnpicklingError('pickle data was truncated')
    u._data = u._data[u._pos:] + more
    u._pos = 0


def _strtol(data):
    # INT's argument is read as C's strtol(s, NULL, 0) does: 0x... hex, 0... octal
    try:
        return _strtol_(data)
    except ValueError:
        raise ValueError('could not convert string to int') from None


def _strtol_(data):
    s = data.strip()
    digits = s.lstrip(b'+-')
    if digits[:2] in (b'0x', b'0X'):
        return int(s[:len(s) - len(digits)] + digits[2:], 16)
    if len(digits) > 1 and digits[:1] == b'0':
        return int(s, 8)
    return int(s)


def _string(u, data):
    # STRING's argument (the line without its newline): quoted, backslash escapes
    if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
        data = data[1:-1]
    else:
        raise UnpicklingError('the STRING opcode argument must be quoted')
    import codecs
    return u._decode_string(codecs.escape_decode(data)[0])


def _instantiate(klass, args):
    if args or not isinstance(klass, type) or hasattr(klass, '__getinitargs__'):
        return klass(*args)
    return klass.__new__(klass)


def _newobj_ex(cls, args, kwargs):
    if not isinstance(cls, type):
        raise UnpicklingError('NEWOBJ_EX class argument must be a type, not %s'
                              % type(cls).__name__)
    if not isinstance(args, tuple):
        raise UnpicklingError('NEWOBJ_EX args argument must be a tuple, not %s'
                              % type(args).__name__)
    if not isinstance(kwargs, dict):
        raise UnpicklingError('NEWOBJ_EX kwargs argument must be a dict, not %s'
                              % type(kwargs).__name__)
    return cls.__new__(cls, *args, **kwargs)


def _get_extension(u, code):
    nil = []
    obj = copyreg._extension_cache.get(code, nil)
    if obj is not nil:
        return obj
    key = copyreg._inverted_registry.get(code)
    if not key:
        if code <= 0:
            raise UnpicklingError('EXT specifies code <= 0')
        raise ValueError('unregistered extension code %d' % code)
    obj = u.find_class(*key)
    copyreg._extension_cache[code] = obj
    return obj


def _appends(target, items):
    extend = getattr(target, 'extend', None)
    if extend is not None:
        extend(items)
    else:
        append = target.append
        for item in items:
            append(item)


def _additems(target, items):
    if isinstance(target, set):
        target.update(items)
    else:
        add = target.add
        for item in items:
            add(item)


def _build(inst, state):
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


def _next_buffer(u):
    if u._buffers is None:
        raise UnpicklingError('pickle stream refers to out-of-band data '
                              'but no *buffers* argument was given')
    try:
        return next(u._buffers)
    except StopIteration:
        raise UnpicklingError('not enough out-of-band buffers') from None


def _readonly_buffer(buf):
    m = memoryview(buf)
    if not m.readonly:
        toreadonly = getattr(m, 'toreadonly', None)  # (pystm's memoryview may lack it)
        if toreadonly is not None:
            return toreadonly()
    return buf


Unpickler._n = (load_frame, _strtol, _string, _instantiate, _newobj_ex, _get_extension,
                _appends, _additems, _build, _next_buffer, _readonly_buffer, UnpicklingError)
