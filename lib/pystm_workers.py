"""pystm's worker pool from Python (until guest threads use it).

run(k, f, *args) calls f(*args) on worker k (1..count()) and returns its result, or raises
the exception f raised there (with the worker's frames in its traceback). The main thread
waits meanwhile: one side runs at a time. The job is handed over at the safe point at the
entry of _collect (a Python call), after the main thread's minor collection.
"""
import _pystm_workers

count = _pystm_workers.count
slot = _pystm_workers.slot
info = _pystm_workers.info
start = _pystm_workers.start
kill = _pystm_workers.kill


def run(k, f, *args):
    return _collect(_pystm_workers.submit(k, f, args))


def _collect(handle):
    return _pystm_workers.result(handle)
