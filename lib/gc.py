"""gc: the interface to pystm's collector (stmgc/; the native part is _gc).

gc.collect() cannot collect inside a builtin (the interpreter holds heap references in its
registers there), so it asks for a full collection and then makes a Python call: the entry of
that call is a safe point, where the minor and major collections run (stop-the-world with
several workers). Weak references to objects found dead are cleared there, and their callbacks
(and weakref.finalize) run before collect() returns, as a program that relies on CPython's
gc.collect() expects.
"""
from _gc import *
import _gc
import _weakref


def collect(generation=2):
    _gc.collect()
    return _collected()


def _collected():
    # (this function's entry ran the requested collection)
    _weakref._pystm_run_callbacks()
    return 0
