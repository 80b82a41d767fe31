# _collections: the accelerator module CPython's collections imports its containers from
# (deque, defaultdict, OrderedDict, _count_elements, _tuplegetter). pystm's containers are the
# Python ones of lib/collections, so this module re-exports them (as PyPy's does), for code that
# imports _collections directly or asks for a fresh copy (test.support.import_fresh_module).
from collections import deque, defaultdict, OrderedDict, _count_elements, _tuplegetter

_deque_iterator = type(iter(deque()))
_deque_reverse_iterator = type(reversed(deque()))
