# _pickle for pystm: the pickle module's fast half in CPython (C there; Python here, written for
# pystm): Pickler, Unpickler, the three exceptions and the four functions. pickle.py imports
# them as CPython's does, so `pickle.Pickler.__module__` is '_pickle' and tracebacks name
# `_pickle.PicklingError`. The writer is lib/_pickle_save.py, the reader lib/_pickle_load.py.

import io as _io
from _pickle_defs import (PickleError, PicklingError, UnpicklingError, PickleBuffer,
                          builtin_function as _builtin)
from _pickle_save import Pickler
from _pickle_load import Unpickler

__all__ = ['PickleError', 'PicklingError', 'UnpicklingError', 'Pickler', 'Unpickler',
           'dump', 'dumps', 'load', 'loads', 'PickleBuffer']


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write a pickled representation of obj to the open file object file."""
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Return the pickled representation of the object as a bytes object."""
    p = Pickler(None, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback)
    p._memo_discard = True  # (the memo is never read afterwards: the native save may skip it)
    p._dump(obj)
    return bytes(p._out)


def load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    """Read and return an object from the pickle data stored in a file."""
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    """Read and return an object from the given pickle data."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    u = Unpickler(None, fix_imports=fix_imports, buffers=buffers,
                  encoding=encoding, errors=errors)
    u._set_bytes(bytes(data))
    return u.load()


dump = _builtin(dump, '_pickle')
dumps = _builtin(dumps, '_pickle')
load = _builtin(load, '_pickle')
loads = _builtin(loads, '_pickle')
