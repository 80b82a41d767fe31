# pickle for pystm: Python object serialization, protocols 0-5, output byte-identical to CPython
# 3.11's. The public names of CPython's module: the API (dump, dumps, load, loads, Pickler,
# Unpickler, the exceptions, PickleBuffer) comes from our _pickle (lib/_pickle.py and its two
# halves); the opcode constants (bytes, as pickle.MARK == b'('), the protocol numbers,
# encode_long/decode_long and whichmodule live here. Written for pystm.

import _pickle_defs as _defs
from copyreg import dispatch_table
from _pickle_defs import HIGHEST_PROTOCOL, DEFAULT_PROTOCOL, encode_long, decode_long
from _pickle_save import whichmodule
from _pickle import (PickleError, PicklingError, UnpicklingError, Pickler, Unpickler,
                     dump, dumps, load, loads, PickleBuffer)

__all__ = ['PickleError', 'PicklingError', 'UnpicklingError', 'Pickler', 'Unpickler',
           'dump', 'dumps', 'load', 'loads', 'PickleBuffer', 'ADDITEMS', 'APPEND', 'APPENDS',
           'BINBYTES', 'BINBYTES8', 'BINFLOAT', 'BINGET', 'BININT', 'BININT1', 'BININT2',
           'BINPERSID', 'BINPUT', 'BINSTRING', 'BINUNICODE', 'BINUNICODE8', 'BUILD',
           'BYTEARRAY8', 'DEFAULT_PROTOCOL', 'DICT', 'DUP', 'EMPTY_DICT', 'EMPTY_LIST',
           'EMPTY_SET', 'EMPTY_TUPLE', 'EXT1', 'EXT2', 'EXT4', 'FALSE', 'FLOAT', 'FRAME',
           'FROZENSET', 'GET', 'GLOBAL', 'HIGHEST_PROTOCOL', 'INST', 'INT', 'LIST', 'LONG',
           'LONG1', 'LONG4', 'LONG_BINGET', 'LONG_BINPUT', 'MARK', 'MEMOIZE', 'NEWFALSE',
           'NEWOBJ', 'NEWOBJ_EX', 'NEWTRUE', 'NEXT_BUFFER', 'NONE', 'OBJ', 'PERSID', 'POP',
           'POP_MARK', 'PROTO', 'PUT', 'READONLY_BUFFER', 'REDUCE', 'SETITEM', 'SETITEMS',
           'SHORT_BINBYTES', 'SHORT_BINSTRING', 'SHORT_BINUNICODE', 'STACK_GLOBAL', 'STOP',
           'STRING', 'TRUE', 'TUPLE', 'TUPLE1', 'TUPLE2', 'TUPLE3', 'UNICODE']

bytes_types = (bytes, bytearray)
format_version = '4.0'
compatible_formats = ['1.0', '1.1', '1.2', '1.3', '2.0', '3.0', '4.0', '5.0']

# the opcodes as the one-byte strings pickle.py exports
for _name in _defs.OPCODE_NAMES:
    globals()[_name] = bytes((getattr(_defs, _name),))
TRUE = b'I01\n'
FALSE = b'I00\n'
del _name

# the pure-Python names CPython's module also has (here the same classes)
_Pickler = Pickler
_Unpickler = Unpickler
_dump = dump
_dumps = dumps
_load = load
_loads = loads
