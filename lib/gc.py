"""gc: the interface to pystm's collector (stmgc/; the native part is _gc).

gc.collect() cannot collect inside a builtin (the interpreter holds heap references in its
registers there), so it asks for a full collection and then makes a Python call: the entry of
that call is a safe point, where the minor and major collections run (stop-the-world with
several workers). Weak references to objects found dead are cleared there, and their callbacks
(and weakref.finalize) run before collect() returns, as a program that relies on CPython's
gc.collect() expects. So do the __del__ methods of objects found dead; an object that another
one being finalized holds is finalized by the next collection (vm/NOTES.md "Finalizers"), so
collect() collects again while __del__ methods ran (at most _ROUNDS times), as CPython's
collect() finalizes and frees a whole structure at once.
"""
from _gc import *
import _gc
import _weakref


_ROUNDS = 256


def collect(generation=2):
    for _ in range(_ROUNDS):
        before = _weakref._pystm_finalized()
        _gc.collect()
        _collected()
        if _weakref._pystm_finalized() == before:
            break
    return 0


def _collected():
    # (this function's entry ran the requested collection)
    _weakref._pystm_run_callbacks()
