# test: pystm's own minimal stand-in for CPython's `test` package. test.support (and its
# helpers) are ours; every other submodule (test.list_tests, test.seq_tests, test.mapping_tests,
# test.typinganndata, test.test_grammar, ...) is found in the system CPython's Lib/test when that
# copy of the stdlib is present: its directory is appended to this package's __path__.
import sys as _sys


def _stdlib_test_dir():
    for entry in _sys.path:
        if not isinstance(entry, str) or not entry:
            continue
        if entry.rstrip('/').endswith('/lib/python3.11'):
            return entry.rstrip('/') + '/test'
    candidate = getattr(_sys, 'base_prefix', '') or getattr(_sys, 'prefix', '')
    if candidate:
        return candidate.rstrip('/') + '/lib/python3.11/test'
    return None


_extra = _stdlib_test_dir()
if _extra is not None and _extra not in __path__:
    __path__.append(_extra)
del _extra
