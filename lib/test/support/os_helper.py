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
