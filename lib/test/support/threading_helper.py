# test.support.threading_helper: the helpers CPython's tests of the modules use around threads
# (reap_threads, requires_working_threading, start_threads, join_thread, threading_setup and
# threading_cleanup, catch_threading_exception). Threads are real on pystm, so nothing skips;
# start_threads joins every started thread on exit, failing the test if one does not finish.
import contextlib
import functools
import sys
import threading
import time
import unittest


def threading_setup():
    return (threading.active_count(),)


def threading_cleanup(*original_values):
    pass


def reap_threads(func):
    @functools.wraps(func)
    def decorator(*args):
        key = threading_setup()
        try:
            return func(*args)
        finally:
            threading_cleanup(*key)
    return decorator


@contextlib.contextmanager
def wait_threads_exit(timeout=None):
    yield


def join_thread(thread, timeout=None):
    if timeout is None:
        timeout = 300.0
    thread.join(timeout)
    if thread.is_alive():
        raise AssertionError("failed to join the thread in %.1f seconds" % timeout)


@contextlib.contextmanager
def start_threads(threads, unlock=None):
    threads = list(threads)
    started = []
    try:
        for t in threads:
            t.start()
            started.append(t)
        yield
    finally:
        try:
            if unlock:
                unlock()
            for t in started:
                t.join(300.0)
        finally:
            started = [t for t in started if t.is_alive()]
            if started:
                raise AssertionError('Unable to join %d threads' % len(started))


class catch_threading_exception:
    """Context manager catching threading.Thread exceptions via threading.excepthook."""

    def __init__(self):
        self.exc_type = None
        self.exc_value = None
        self.exc_traceback = None
        self.thread = None
        self._old_hook = None

    def _hook(self, args):
        self.exc_type = args.exc_type
        self.exc_value = args.exc_value
        self.exc_traceback = args.exc_traceback
        self.thread = args.thread

    def __enter__(self):
        self._old_hook = getattr(threading, 'excepthook', None)
        threading.excepthook = self._hook
        return self

    def __exit__(self, *exc_info):
        threading.excepthook = self._old_hook
        del self.exc_type, self.exc_value, self.exc_traceback, self.thread


def requires_working_threading(*, module=False):
    msg = "requires threading support"
    if module:
        return None
    return unittest.skipUnless(True, msg)
