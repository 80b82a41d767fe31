"""struct for pystm: converting between Python values and C structs packed in bytes.
Everything comes from lib/_struct.py, as CPython's struct.py takes it from its C _struct."""

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']

from _struct import *
from _struct import _clearcache
from _struct import __doc__
