# test.support.os_helper: TESTFN (a scratch file name) and unlink/rmtree that ignore missing
# files; they need the os module and raise its ImportError when it is absent.
import sys

TESTFN_ASCII = '@test_pystm_tmp'
TESTFN = TESTFN_ASCII
TESTFN_UNICODE = TESTFN_ASCII + '-\xe0\xf2\u0258\u0141\u011f'
TESTFN_NONASCII = None
TESTFN_UNENCODABLE = None
SAVEDCWD = None


def unlink(filename):
    import os
    try:
        os.unlink(filename)
    except (FileNotFoundError, NotADirectoryError):
        pass


def rmtree(path):
    import os
    try:
        for name in os.listdir(path):
            full = os.path.join(path, name)
            if os.path.isdir(full) and not os.path.islink(full):
                rmtree(full)
            else:
                os.unlink(full)
        os.rmdir(path)
    except FileNotFoundError:
        pass


class EnvironmentVarGuard:
    def __init__(self):
        import os
        self._environ = os.environ
        self._changed = {}

    def __getitem__(self, envvar):
        return self._environ[envvar]

    def __setitem__(self, envvar, value):
        if envvar not in self._changed:
            self._changed[envvar] = self._environ.get(envvar)
        self._environ[envvar] = value

    def __delitem__(self, envvar):
        if envvar not in self._changed:
            self._changed[envvar] = self._environ.get(envvar)
        self._environ.pop(envvar, None)

    def get(self, envvar, default=None):
        return self._environ.get(envvar, default)

    def set(self, envvar, value):
        self[envvar] = value

    def unset(self, envvar):
        del self[envvar]

    def __enter__(self):
        return self

    def __exit__(self, *ignore_exc):
        for k, v in self._changed.items():
            if v is None:
                self._environ.pop(k, None)
            else:
                self._environ[k] = v


def rmdir(dirname):
    import os
    try:
        os.rmdir(dirname)
    except FileNotFoundError:
        pass


def create_empty_file(filename):
    with open(filename, 'wb'):
        pass


class _DirContext:
    """temp_dir / change_cwd / temp_cwd as context managers (no contextlib needed here)."""

    def __init__(self, make, enter_cwd, quiet):
        self._make = make
        self._enter_cwd = enter_cwd
        self._quiet = quiet

    def __enter__(self):
        import os
        self.path, self.created = self._make()
        self.saved = os.getcwd() if self._enter_cwd else None
        if self._enter_cwd:
            try:
                os.chdir(self.path)
            except OSError:
                if not self._quiet:
                    raise
        return os.getcwd() if self._enter_cwd else self.path

    def __exit__(self, *exc):
        import os
        if self.saved is not None:
            os.chdir(self.saved)
        if self.created:
            rmtree(self.path)


def temp_dir(path=None, quiet=False):
    def make():
        import os
        import tempfile
        if path is None:
            return os.path.realpath(tempfile.mkdtemp()), True
        os.mkdir(path)
        return os.path.realpath(path), True
    return _DirContext(make, False, quiet)


def change_cwd(path, quiet=False):
    return _DirContext(lambda: (path, False), True, quiet)


def temp_cwd(name='tempcwd', quiet=False):
    def make():
        import os
        import tempfile
        base = tempfile.mkdtemp()
        full = os.path.join(base, name)
        os.mkdir(full)
        return full, True
    return _DirContext(make, True, quiet)


class FakePath:
    """Simple implementation of the path protocol."""

    def __init__(self, path):
        self.path = path

    def __repr__(self):
        return '<FakePath %r>' % (self.path,)

    def __fspath__(self):
        if (isinstance(self.path, BaseException) or
                isinstance(self.path, type) and issubclass(self.path, BaseException)):
            raise self.path
        return self.path


_can_chmod = None


def can_chmod():
    """Whether os.chmod changes a file's mode bits (CPython's check: chmod a scratch file twice)."""
    global _can_chmod
    if _can_chmod is not None:
        return _can_chmod
    import os
    # (CPython also requires os.chown, to rule out WASI; pystm has chmod without chown)
    if not hasattr(os, 'chmod'):
        _can_chmod = False
        return False
    try:
        with open(TESTFN, 'wb'):
            try:
                os.chmod(TESTFN, 0o777)
                mode1 = os.stat(TESTFN).st_mode
                os.chmod(TESTFN, 0o666)
                mode2 = os.stat(TESTFN).st_mode
            except OSError:
                can = False
            else:
                can = (mode1 & 0o7777) != (mode2 & 0o7777)
    finally:
        unlink(TESTFN)
    _can_chmod = can
    return can


def skip_unless_working_chmod(test):
    """Skip tests that require a working os.chmod()."""
    import unittest
    return test if can_chmod() else unittest.skip('requires working os.chmod()')(test)
