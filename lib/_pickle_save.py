# pickle's writing half for pystm: Pickler. Its output is byte for byte what CPython 3.11's C
# pickler (_pickle.c) writes for the same objects and protocol, so pickles made by pystm and by
# CPython are interchangeable and the goldens can compare bytes: the same opcode choices, memo
# order, batching (exact lists and dicts take the C "exact" paths: no trailing APPEND, and an
# empty MARK/SETITEMS after a dict batch that ends exactly on 1000 items), frames (protocol 4+:
# committed at 64 KiB, large bytes written between frames) and messages.
# Pickler.save (None, bool, int, float, str, bytes, list, tuple, dict) is native:
# vm/modules/pickle_save.ts; the methods here are its fallbacks and the reduce protocol.
# Written for pystm from the protocol's documentation and CPython's observable behaviour.

import sys
import copyreg
from _pickle_defs import (
    HIGHEST_PROTOCOL, DEFAULT_PROTOCOL, FRAME_SIZE_TARGET, FRAME_SIZE_MIN, FRAME_HEADER_SIZE,
    BATCHSIZE, PicklingError, PickleBuffer, encode_long)
from _compat_pickle import REVERSE_NAME_MAPPING, REVERSE_IMPORT_MAPPING
from _pickle_native import save as _native_save

_FunctionType = type(encode_long)
_NoneType = type(None)
_EllipsisType = type(Ellipsis)
_NotImplementedType = type(NotImplemented)

# one-byte opcodes as bytes
_MARK = b'('; _STOP = b'.'; _POP = b'0'; _POP_MARK = b'1'; _APPEND = b'a'; _APPENDS = b'e'
_SETITEM = b's'; _SETITEMS = b'u'; _BUILD = b'b'; _REDUCE = b'R'; _TUPLE = b't'
_EMPTY_TUPLE = b')'; _EMPTY_LIST = b']'; _EMPTY_DICT = b'}'; _LIST = b'l'; _DICT = b'd'
_NONE = b'N'; _NEWTRUE = b'\x88'; _NEWFALSE = b'\x89'; _NEWOBJ = b'\x81'; _NEWOBJ_EX = b'\x92'
_EMPTY_SET = b'\x8f'; _ADDITEMS = b'\x90'; _FROZENSET = b'\x91'; _STACK_GLOBAL = b'\x93'
_MEMOIZE = b'\x94'; _BINPERSID = b'Q'; _NEXT_BUFFER = b'\x97'; _READONLY_BUFFER = b'\x98'
# an opcode and its one-byte argument, made once (building them per write costs more than
# the rest of the write)
_BYTE = [bytes((i,)) for i in range(256)]
_BINPUT_ = [b'q' + b for b in _BYTE]
_BINGET_ = [b'h' + b for b in _BYTE]
_BININT1_ = [b'K' + b for b in _BYTE]
_SHORT_BINUNICODE_ = [b'\x8c' + b for b in _BYTE]
_SHORT_BINBYTES_ = [b'C' + b for b in _BYTE]


class Pickler:
    """This takes a binary file for writing a pickle data stream."""
    __module__ = '_pickle'

    def __init__(self, file, protocol=None, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        protocol = int(protocol)
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError('pickle protocol must be <= %d' % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError('buffer_callback needs protocol >= 5')
        self._file = file
        if file is not None:
            try:
                self._file_write = file.write
            except AttributeError:
                raise TypeError("file must have a 'write' attribute") from None
        else:
            self._file_write = None
        self.proto = protocol
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = bool(fix_imports) and protocol < 3
        self._buffer_callback = buffer_callback
        self.memo = {}
        self._out = bytearray()
        self._framing = False
        self._frame_start = -1
        self._memo_discard = False

    def clear_memo(self):
        """Clears the pickler's "memo"."""
        self.memo.clear()

    # -- output and frames -------------------------------------------------------------------

    def _start_frame(self):
        self._frame_start = len(self._out)
        self._out += b'\0\0\0\0\0\0\0\0\0'

    def _commit_frame(self):
        start = self._frame_start
        if start < 0:
            return
        out = self._out
        n = len(out) - start - FRAME_HEADER_SIZE
        if n >= FRAME_SIZE_MIN:
            out[start:start + FRAME_HEADER_SIZE] = b'\x95' + n.to_bytes(8, 'little')
        else:
            del out[start:start + FRAME_HEADER_SIZE]
        self._frame_start = -1

    def _opcode_boundary(self):
        # a full frame is committed (and, writing to a file, flushed) when the next object's
        # save begins, as CPython does: never inside one object's opcodes
        if len(self._out) - self._frame_start - FRAME_HEADER_SIZE >= FRAME_SIZE_TARGET:
            self._commit_frame()
            if self._file_write is not None:
                self._file_write(bytes(self._out))
                self._out = bytearray()
            self._start_frame()

    def _write_large(self, header, data):
        """Write header + data; payloads of a frame's size go between frames."""
        if self._framing and len(data) >= FRAME_SIZE_TARGET:
            self._commit_frame()
            self._out += header
            if self._file_write is not None:
                # as C's pickler: what is pending goes out, then the payload in a write of its own
                self._file_write(bytes(self._out))
                self._file_write(data)
                self._out = bytearray()
            else:
                self._out += data
            self._start_frame()
        else:
            self._out += header
            self._out += data

    def dump(self, obj):
        """Write a pickled representation of the given object to the open file."""
        if getattr(self, '_file_write', None) is None:
            raise PicklingError('Pickler.__init__() was not called by %s.__init__()'
                                % type(self).__name__)
        self._dump(obj)
        self._file_write(bytes(self._out))
        self._out = bytearray()

    def _dump(self, obj):
        self._out = bytearray()
        self._pers_func = getattr(self, 'persistent_id', None)
        self._reducer_override = getattr(self, 'reducer_override', None)
        table = getattr(self, 'dispatch_table', None)
        self._dispatch_table = table
        if self.proto >= 2:
            self._out += b'\x80' + _BYTE[self.proto]
            if self.proto >= 4:
                self._framing = True
                self._start_frame()
        try:
            if self._memo_discard:
                _native_save(self, obj, True, True)  # (dumps: the memo is not read afterwards)
            else:
                self.save(obj)
        except RecursionError as e:
            if not str(e).startswith('maximum recursion depth exceeded'):
                raise
            raise RecursionError('maximum recursion depth exceeded while pickling an object') \
                from None
        self._out += _STOP
        if self._framing:
            self._commit_frame()
        self._framing = False

    # -- the memo ------------------------------------------------------------------------------

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        self.memo[id(obj)] = idx, obj
        if self.proto >= 4:
            self._out += _MEMOIZE
        elif self.bin:
            if idx < 256:
                self._out += _BINPUT_[idx]
            else:
                self._out += b'r' + idx.to_bytes(4, 'little')
        else:
            self._out += b'p%d\n' % idx

    def _get(self, idx):
        if self.bin:
            if idx < 256:
                self._out += _BINGET_[idx]
            else:
                self._out += b'j' + idx.to_bytes(4, 'little')
        else:
            self._out += b'g%d\n' % idx

    # -- save ----------------------------------------------------------------------------------

    def save(self, obj, save_persistent_id=True):
        # the exact built-in types natively (vm/modules/pickle_save.ts), which calls back
        # _save_other, _save_pers, _write_large, _opcode_boundary for the rest
        _native_save(self, obj, save_persistent_id)

    def _save_other(self, obj, t):
        if t is set:
            self._save_set(obj)
            return
        if t is frozenset:
            self._save_frozenset(obj)
            return
        if t is bytearray:
            self._save_bytearray(obj)
            return
        if t is PickleBuffer:
            if self.proto < 5:
                raise PicklingError('PickleBuffer can only pickled with protocol >= 5')
            self._save_picklebuffer(obj)
            return
        if self._reducer_override is not None:
            rv = self._reducer_override(obj)
            if rv is not NotImplemented:
                self._save_reduce_value(obj, rv, 'reducer_override')
                return
        if t is type:
            self._save_type(obj)
            return
        if t is _FunctionType:
            self.save_global(obj)
            return
        table = self._dispatch_table
        if table is None:
            reduce = copyreg.dispatch_table.get(t)
        else:
            try:
                reduce = table[t]
            except KeyError:
                reduce = None
        if reduce is not None:
            rv = reduce(obj)
        elif issubclass(t, type):
            self.save_global(obj)
            return
        else:
            reduce = getattr(obj, '__reduce_ex__', None)
            if reduce is not None:
                rv = reduce(self.proto)
            else:
                reduce = getattr(obj, '__reduce__', None)
                if reduce is None:
                    raise PicklingError("Can't pickle '%.200s' object: %r" % (t.__name__, obj))
                rv = reduce()
        self._save_reduce_value(obj, rv, '__reduce__')

    def _save_reduce_value(self, obj, rv, where):
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError('%s must return a string or tuple' % where)
        n = len(rv)
        if not (2 <= n <= 6):
            raise PicklingError('tuple returned by %s must contain 2 through 6 elements' % where)
        self.save_reduce(*rv, obj=obj)

    def _save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._out += _BINPERSID
        else:
            try:
                text = str(pid).encode('ascii')
            except UnicodeEncodeError:
                raise PicklingError('persistent IDs in protocol 0 must be ASCII strings') from None
            self._out += b'P' + text + b'\n'

    def _save_long(self, obj):
        if -0x80000000 <= obj <= 0x7fffffff:
            if self.bin:
                if 0 <= obj <= 0xff:
                    self._out += _BININT1_[obj]
                elif 0 <= obj <= 0xffff:
                    self._out += b'M' + obj.to_bytes(2, 'little')
                else:
                    self._out += b'J' + obj.to_bytes(4, 'little', signed=True)
            else:
                self._out += b'I%d\n' % obj
            return
        if self.proto >= 2:
            data = encode_long(obj)
            n = len(data)
            if n < 256:
                self._out += b'\x8a' + _BYTE[n] + data
            else:
                if n > 0x7fffffff:
                    raise OverflowError('int too large to pickle')
                self._out += b'\x8b' + n.to_bytes(4, 'little') + data
            return
        self._out += b'L' + repr(obj).encode('ascii') + b'L\n'

    def _save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                import _codecs
                self.save_reduce(_codecs.encode, (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            header = _SHORT_BINBYTES_[n]
        elif n > 0xffffffff and self.proto >= 4:
            header = b'\x8e' + n.to_bytes(8, 'little')
        else:
            if n > 0xffffffff:
                raise OverflowError('cannot serialize a bytes object larger than 4 GiB')
            header = b'B' + n.to_bytes(4, 'little')
        self._write_large(header, obj)
        self.memoize(obj)

    def _save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self._write_large(b'\x96' + len(obj).to_bytes(8, 'little'), obj)
        self.memoize(obj)

    def _save_picklebuffer(self, obj):
        m = obj.raw()
        if not m.contiguous:
            raise PicklingError('PickleBuffer can not be pickled when pointing to a '
                                'non-contiguous buffer')
        in_band = True
        if self._buffer_callback is not None:
            in_band = bool(self._buffer_callback(obj))
        if in_band:
            if m.readonly:
                data = m.tobytes()
                n = len(data)
                if n <= 0xff:
                    header = _SHORT_BINBYTES_[n]
                elif n > 0xffffffff:
                    header = b'\x8e' + n.to_bytes(8, 'little')
                else:
                    header = b'B' + n.to_bytes(4, 'little')
                self._write_large(header, data)
            else:
                self._write_large(b'\x96' + m.nbytes.to_bytes(8, 'little'), m.tobytes())
        else:
            self._out += _NEXT_BUFFER
            if m.readonly:
                self._out += _READONLY_BUFFER

    def _save_str(self, obj):
        if self.bin:
            data = obj.encode('utf-8', 'surrogatepass')
            n = len(data)
            if n <= 0xff and self.proto >= 4:
                header = _SHORT_BINUNICODE_[n]
            elif n > 0xffffffff and self.proto >= 4:
                header = b'\x8d' + n.to_bytes(8, 'little')
            else:
                if n > 0xffffffff:
                    raise OverflowError('cannot serialize a string larger than 4GiB')
                header = b'X' + n.to_bytes(4, 'little')
            self._write_large(header, data)
        else:
            self._out += b'V' + _raw_unicode_escape(obj) + b'\n'
        self.memoize(obj)

    def _save_list(self, obj):
        self._out += _EMPTY_LIST if self.bin else b'(l'
        self.memoize(obj)
        if not obj:
            return
        if self.proto == 0:
            self._batch_appends(iter(obj))
            return
        # C's batch_list_exact, inline (one Python frame per nesting level fewer): a single
        # item is an APPEND, more go in MARK ... APPENDS batches of 1000
        save = self.save
        if len(obj) == 1:
            save(obj[0])
            self._out += _APPEND
            return
        total = 0
        while True:
            self._out += _MARK
            n = 0
            while total < len(obj):
                save(obj[total])
                total += 1
                n += 1
                if n == BATCHSIZE:
                    break
            self._out += _APPENDS
            if total >= len(obj):
                break

    def _batch_appends(self, items):
        if not self.bin:
            save = self.save
            for x in items:
                save(x)
                self._out += _APPEND
            return
        self._batch(items, self.save, _APPEND, _APPENDS)

    def _batch(self, items, save_item, one_op, many_op):
        """C's batch_list/batch_dict over an iterator (listitems and dictitems of a reduce): a
        lone item ends with one_op, more go in MARK ... many_op batches of 1000."""
        while True:
            try:
                first = next(items)
            except StopIteration:
                return
            try:
                second = next(items)
            except StopIteration:
                save_item(first)
                self._out += one_op
                return
            self._out += _MARK
            save_item(first)
            n = 1
            x = second
            while True:
                save_item(x)
                n += 1
                if n == BATCHSIZE:
                    break
                try:
                    x = next(items)
                except StopIteration:
                    break
            self._out += many_op
            if n != BATCHSIZE:
                return

    def _save_dict(self, obj):
        self._out += _EMPTY_DICT if self.bin else b'(d'
        self.memoize(obj)
        if not obj:
            return
        if self.proto == 0:
            self._batch_setitems(iter(obj.items()))
            return
        # C's batch_dict_exact, inline: one item is a SETITEM, more go in MARK ... SETITEMS
        # batches of 1000 (a dict of exactly 1000 items ends with an empty batch, as in C)
        save = self.save
        size = len(obj)
        if size == 1:
            for k, v in obj.items():
                save(k)
                save(v)
            self._out += _SETITEM
            return
        items = iter(obj.items())
        while True:
            self._out += _MARK
            n = 0
            for k, v in items:
                save(k)
                save(v)
                n += 1
                if n == BATCHSIZE:
                    break
            self._out += _SETITEMS
            if len(obj) != size:
                raise RuntimeError('dictionary changed size during iteration')
            if n != BATCHSIZE:
                return

    def _batch_setitems(self, items):
        if not self.bin:
            save = self.save
            for k, v in items:
                save(k)
                save(v)
                self._out += _SETITEM
            return
        self._batch(items, self._save_item_pair, _SETITEM, _SETITEMS)

    def _save_item_pair(self, item):
        if type(item) is not tuple or len(item) != 2:
            raise TypeError('dict items iterator must return 2-tuples')
        self.save(item[0])
        self.save(item[1])

    def _save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self._out += _EMPTY_SET
        self.memoize(obj)
        size = len(obj)
        if size == 0:
            return
        save = self.save
        items = iter(obj)
        while True:
            self._out += _MARK
            n = 0
            for item in items:
                save(item)
                n += 1
                if n == BATCHSIZE:
                    break
            self._out += _ADDITEMS
            if len(obj) != size:
                raise RuntimeError('set changed size during iteration')
            if n != BATCHSIZE:
                return

    def _save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self._out += _MARK
        for item in obj:
            self.save(item)
        x = self.memo.get(id(obj))
        if x is not None:
            self._out += _POP_MARK
            self._get(x[0])
            return
        self._out += _FROZENSET
        self.memoize(obj)

    def _save_type(self, obj):
        if obj is _NoneType:
            self.save_reduce(type, (None,), obj=obj)
        elif obj is _EllipsisType:
            self.save_reduce(type, (Ellipsis,), obj=obj)
        elif obj is _NotImplementedType:
            self.save_reduce(type, (NotImplemented,), obj=obj)
        else:
            self.save_global(obj)

    # -- reduce and globals --------------------------------------------------------------------

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not callable(func):
            raise PicklingError('first item of the tuple returned by __reduce__ must be callable')
        if not isinstance(args, tuple):
            raise PicklingError('second item of the tuple returned by __reduce__ must be a tuple')
        if listitems is not None and not hasattr(type(listitems), '__next__'):
            raise PicklingError('fourth element of the tuple returned by __reduce__ must be an '
                                'iterator, not %s' % type(listitems).__name__)
        if dictitems is not None and not hasattr(type(dictitems), '__next__'):
            raise PicklingError('fifth element of the tuple returned by __reduce__ must be an '
                                'iterator, not %s' % type(dictitems).__name__)
        if state_setter is not None and not callable(state_setter):
            raise PicklingError('sixth element of the tuple returned by __reduce__ must be a '
                                'function, not %s' % type(state_setter).__name__)
        save = self.save
        use_newobj = use_newobj_ex = False
        if self.proto >= 2:
            name = getattr(func, '__name__', None)
            if type(name) is str:
                use_newobj_ex = name == '__newobj_ex__'
                use_newobj = not use_newobj_ex and name == '__newobj__'
        if use_newobj_ex:
            if len(args) != 3:
                raise PicklingError('length of the NEWOBJ_EX argument tuple must be exactly 3, '
                                    'not %d' % len(args))
            cls, a, kw = args
            if not isinstance(cls, type):
                raise PicklingError('first item from NEWOBJ_EX argument tuple must be a class, '
                                    'not %.200s' % type(cls).__name__)
            if not isinstance(a, tuple):
                raise PicklingError('second item from NEWOBJ_EX argument tuple must be a tuple, '
                                    'not %.200s' % type(a).__name__)
            if not isinstance(kw, dict):
                raise PicklingError('third item from NEWOBJ_EX argument tuple must be a dict, '
                                    'not %.200s' % type(kw).__name__)
            if self.proto >= 4:
                save(cls)
                save(a)
                save(kw)
                self._out += _NEWOBJ_EX
            else:
                import functools
                save(functools.partial(cls.__new__, cls, *a, **kw))
                save(())
                self._out += _REDUCE
        elif use_newobj:
            if len(args) < 1:
                raise PicklingError('__newobj__ arglist is empty')
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError('args[0] from __newobj__ args is not a type')
            if obj is not None and cls is not getattr(obj, '__class__', None):
                raise PicklingError('args[0] from __newobj__ args has the wrong class')
            save(cls)
            save(args[1:])
            self._out += _NEWOBJ
        else:
            save(func)
            save(args)
            self._out += _REDUCE
        if obj is not None:
            x = self.memo.get(id(obj))
            if x is not None:
                self._out += _POP
                self._get(x[0])
                return
            self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                self._out += _BUILD
            else:
                save(state_setter)
                save(obj)
                save(state)
                self._out += b'\x86' + _REDUCE + _POP

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        path = name.split('.')
        if '<locals>' in path:
            raise AttributeError("Can't pickle local object %r" % name)
        module_name = whichmodule(obj, path)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except Exception:
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from None
        parent = module
        found = module
        try:
            for part in path:
                parent = found
                found = getattr(found, part)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        if self.proto >= 2:
            code = copyreg._extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    self._out += b'\x82' + _BYTE[code]
                elif code <= 0xffff:
                    self._out += b'\x83' + code.to_bytes(2, 'little')
                else:
                    self._out += b'\x84' + code.to_bytes(4, 'little', signed=True)
                return
        lastname = path[-1]
        if parent is module:
            name = lastname
        if self.proto >= 4:
            self.save(module_name, False)
            self.save(name, False)
            self._out += _STACK_GLOBAL
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        else:
            if self.fix_imports:
                if (module_name, name) in REVERSE_NAME_MAPPING:
                    module_name, name = REVERSE_NAME_MAPPING[(module_name, name)]
                elif module_name in REVERSE_IMPORT_MAPPING:
                    module_name = REVERSE_IMPORT_MAPPING[module_name]
            encoding = 'utf-8' if self.proto == 3 else 'ascii'
            try:
                self._out += (b'c' + module_name.encode(encoding) + b'\n'
                              + name.encode(encoding) + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using pickle "
                                    "protocol %i" % (module_name, name, self.proto)) from None
        self.memoize(obj)


def whichmodule(obj, path):
    """Find the module an object belongs to: its __module__, else a search of sys.modules."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    if isinstance(path, str):
        path = path.split('.')
    for module_name, module in sys.modules.copy().items():
        if module_name == '__main__' or module is None:
            continue
        try:
            found = module
            for part in path:
                found = getattr(found, part)
        except AttributeError:
            continue
        if found is obj:
            return module_name
    return '__main__'


def _pack_double(x):
    import struct
    return struct.pack('>d', x)


def _raw_unicode_escape(s):
    """Protocol 0's UNICODE argument: raw-unicode-escape that also escapes the characters the
    text format cannot hold (backslash, NUL, newline, carriage return, ^Z)."""
    out = bytearray()
    for ch in s:
        c = ord(ch)
        if c >= 0x10000:
            out += b'\\U%08x' % c
        elif c >= 0x100 or c in (0x5c, 0, 10, 13, 0x1a):
            out += b'\\u%04x' % c
        else:
            out.append(c)
    return bytes(out)
