# What both halves of pystm's pickle share: the protocol numbers, the opcodes (as ints, for the
# loader's dispatch, and as bytes, for the pickler's writes), the three exceptions, PickleBuffer,
# and the long-integer codec of LONG1/LONG4. Written for pystm from the pickle protocol as
# documented (PEP 307, 3154, 574; CPython's pickletools.py describes every opcode).
# The exceptions and PickleBuffer say they come from `_pickle`, as CPython's C ones do, so a
# traceback reads `_pickle.PicklingError: ...` as it does under CPython.

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4

# Frames (protocol 4+): a frame is committed once it holds this much; smaller than
# FRAME_SIZE_MIN bytes it is written without its FRAME header.
FRAME_SIZE_TARGET = 64 * 1024
FRAME_SIZE_MIN = 4
FRAME_HEADER_SIZE = 9
BATCHSIZE = 1000


class PickleError(Exception):
    """A common base class for the other pickling exceptions."""
    __module__ = '_pickle'


class PicklingError(PickleError):
    """This exception is raised when an unpicklable object is passed to the dump() method."""
    __module__ = '_pickle'


class UnpicklingError(PickleError):
    """This exception is raised when there is a problem unpickling an object."""
    __module__ = '_pickle'


class PickleBuffer:
    """Wrapper for potentially out-of-band buffers (protocol 5)."""
    __module__ = 'pickle'
    __slots__ = ('_view',)

    def __init__(self, buffer):
        self._view = memoryview(buffer)

    def raw(self):
        """Return a memoryview of the raw memory underlying this buffer."""
        if self._view is None:
            raise ValueError('operation forbidden on released PickleBuffer object')
        return self._view

    def release(self):
        """Release the underlying buffer exposed by the PickleBuffer object."""
        if self._view is not None:
            self._view.release()
        self._view = None

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'pickle.PickleBuffer' object")

    def __pystm_buffer__(self):
        # (bytes(pb), memoryview(pb): pystm's buffer hook for Python classes; a memoryview
        # forwards the wrapped buffer in place, its .obj the exporter, as CPython's
        # PickleBuffer: vm/objects/memoryview.ts exporterView)
        if self._view is None:
            raise ValueError('operation forbidden on released PickleBuffer object')
        return self._view


class builtin_function:
    """Makes a module function behave as CPython's C functions do where that shows: it does not
    bind as a method when stored in a class (`class T: dumps = _pickle.dumps`, as CPython's
    tests do), its repr is '<built-in function NAME>', and it pickles by name."""
    def __init__(self, f, module):
        self._f = f
        self.__name__ = f.__name__
        self.__qualname__ = f.__qualname__
        self.__module__ = module
        self.__doc__ = f.__doc__

    def __call__(self, *args, **kwargs):
        return self._f(*args, **kwargs)

    def __repr__(self):
        return '<built-in function %s>' % self.__name__

    def __reduce__(self):
        return self.__qualname__


def encode_long(x):
    """Encode a long to a two's complement little-endian binary string (b'' for 0)."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, byteorder='little', signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def decode_long(data):
    """Decode a long from a two's complement little-endian binary string."""
    return int.from_bytes(data, byteorder='little', signed=True)


# The opcodes, by name; `OPCODES` gives the one-byte strings the pickler writes.
MARK = 40; STOP = 46; POP = 48; POP_MARK = 49; DUP = 50; FLOAT = 70; INT = 73; BININT = 74
BININT1 = 75; LONG = 76; BININT2 = 77; NONE = 78; PERSID = 80; BINPERSID = 81; REDUCE = 82
STRING = 83; BINSTRING = 84; SHORT_BINSTRING = 85; UNICODE = 86; BINUNICODE = 88; APPEND = 97
BUILD = 98; GLOBAL = 99; DICT = 100; EMPTY_DICT = 125; APPENDS = 101; GET = 103; BINGET = 104
INST = 105; LONG_BINGET = 106; LIST = 108; EMPTY_LIST = 93; OBJ = 111; PUT = 112; BINPUT = 113
LONG_BINPUT = 114; SETITEM = 115; TUPLE = 116; EMPTY_TUPLE = 41; SETITEMS = 117; BINFLOAT = 71
# protocol 2
PROTO = 0x80; NEWOBJ = 0x81; EXT1 = 0x82; EXT2 = 0x83; EXT4 = 0x84; TUPLE1 = 0x85; TUPLE2 = 0x86
TUPLE3 = 0x87; NEWTRUE = 0x88; NEWFALSE = 0x89; LONG1 = 0x8a; LONG4 = 0x8b
# protocol 3
BINBYTES = 66; SHORT_BINBYTES = 67
# protocol 4
SHORT_BINUNICODE = 0x8c; BINUNICODE8 = 0x8d; BINBYTES8 = 0x8e; EMPTY_SET = 0x8f; ADDITEMS = 0x90
FROZENSET = 0x91; NEWOBJ_EX = 0x92; STACK_GLOBAL = 0x93; MEMOIZE = 0x94; FRAME = 0x95
# protocol 5
BYTEARRAY8 = 0x96; NEXT_BUFFER = 0x97; READONLY_BUFFER = 0x98

OPCODE_NAMES = [n for n in list(globals()) if n.isupper() and isinstance(globals()[n], int)
                and n not in ('HIGHEST_PROTOCOL', 'DEFAULT_PROTOCOL', 'FRAME_SIZE_TARGET',
                              'FRAME_SIZE_MIN', 'FRAME_HEADER_SIZE', 'BATCHSIZE')]
