"""Functions to convert between Python values and C structs.
Python bytes objects are used to hold the data representing the C struct
and also as format strings (explained below) to describe the layout of data
in the C struct.
"""
# _struct for pystm, the module lib/struct.py re-exports as CPython's struct.py does (so that
# `import _struct` gives CPython's _struct API: calcsize(format), Struct, error...). Format
# parsing, packing and unpacking are native (vm/modules/struct_native.ts, _pystm_struct, which
# takes the error class first); this module adds error, the Struct class, pack_into and
# iter_unpack. Written for pystm.

import _pystm_struct as _native

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']


class error(Exception):
    __module__ = 'struct'


def calcsize(format):
    return _native.calcsize(error, format)


def pack(format, /, *v):
    return _native.pack(error, format, *v)


def unpack(format, buffer, /):
    return _native.unpack(error, format, buffer)


def unpack_from(format, /, buffer, offset=0):
    return _native.unpack_from(error, format, buffer, offset)


def pack_into(format, buffer, offset, /, *v):
    data = _native.pack(error, format, *v)
    # (views released at once: a live view of a bytearray or an array.array forbids resizing it)
    with memoryview(buffer) as view:
        n = view.nbytes
        if offset < 0:
            if offset + len(data) > 0:
                raise error(f'no space to pack {len(data)} bytes at offset {offset}')
            if offset + n < 0:
                raise error(f'offset {offset} out of range for {n}-byte buffer')
            offset += n
        if n - offset < len(data):
            raise error(f'pack_into requires a buffer of at least {len(data) + offset} bytes for packing '
                        f'{len(data)} bytes at offset {offset} (actual buffer size is {n})')
        if view.readonly:
            raise TypeError(f'argument must be read-write bytes-like object, not {type(buffer).__name__}')
        with view.cast('B') as raw:
            raw[offset:offset + len(data)] = data


def iter_unpack(format, buffer, /):
    size = _native.calcsize(error, format)
    if size == 0:
        raise error('cannot iteratively unpack with a struct of length 0')
    n = len(buffer)
    if n % size:
        raise error(f'iterative unpacking requires a buffer of a multiple of {size} bytes')
    return unpack_iterator(format, buffer, n // size, size)


class unpack_iterator:
    """The iterator of iter_unpack (CPython's _struct.unpack_iterator, with __length_hint__)."""

    def __init__(self, format, buffer, count, size, /):
        self._format = format
        self._buffer = buffer
        self._left = count
        self._at = 0
        self._size = size

    def __iter__(self):
        return self

    def __next__(self):
        if self._left <= 0:
            self._buffer = None
            raise StopIteration
        at = self._at
        self._at = at + self._size
        self._left -= 1
        return _native.unpack_from(error, self._format, self._buffer, at)

    def __length_hint__(self):
        return self._left if self._left > 0 else 0


class Struct:
    """A compiled format: size, pack, unpack, pack_into, unpack_from, iter_unpack."""

    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode('ascii')
        self.format = format
        self.size = _native.calcsize(error, format)

    def pack(self, *v):
        return _native.pack(error, self.format, *v)

    def pack_into(self, buffer, offset, *v):
        pack_into(self.format, buffer, offset, *v)

    def unpack(self, buffer):
        return _native.unpack(error, self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return _native.unpack_from(error, self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)


def _clearcache():
    """Clear the internal cache."""
    # (the native side keeps no cache of parsed formats that could go stale)
