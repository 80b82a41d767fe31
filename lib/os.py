"""os for pystm: the portable operating-system interface on top of the native posix module
(vm/modules/posix.ts). Provides the file-system calls (getcwd, listdir, mkdir/makedirs,
remove, rename, stat with stat_result, scandir, walk), os.path (posixpath), the environment
(environ, getenv, putenv), fspath/PathLike and a few constants; system and popen run a command to its end (lib/subprocess.py).
Written for pystm; fork, exec and spawn are not available.
"""

import sys
import abc as _abc
import posix as _posix
from _structseq import structseq
from posix import (getcwd, chdir, listdir, mkdir, rmdir, remove, unlink, rename, replace,
                   readlink, symlink, access, getpid, getppid, cpu_count, urandom, strerror,
                   close, read, write, isatty, _exit, F_OK, R_OK, W_OK, X_OK, link, truncate,
                   umask, getuid, getgid)
# the open(2) flags, os.O_*: every one posix has (vm/modules/posix_flags.ts)
globals().update({_k: getattr(_posix, _k) for _k in dir(_posix) if _k.startswith('O_')})
import posixpath as path

sys.modules['os.path'] = path

from posixpath import curdir, pardir, sep, extsep, altsep, pathsep, defpath, devnull

name = 'posix'
linesep = '\n'
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

error = OSError


class PathLike(_abc.ABC):
    """The abstract base class of objects with a file-system path (__fspath__)."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__') or NotImplemented
        return NotImplemented

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


# the functions that accept dir_fd, a file descriptor for the path, effective ids, or
# follow_symlinks=False (the standard library's shutil and tempfile take their portable paths
# when a function is not listed)
supports_dir_fd = set()
supports_fd = set()
supports_effective_ids = set()
supports_follow_symlinks = set()


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is None:
        raise TypeError(f'expected str, bytes or os.PathLike object, not {type(p).__name__}')
    r = f(p)
    if not isinstance(r, (str, bytes)):
        raise TypeError(f'expected {type(p).__name__}.__fspath__() to return str or bytes, not {type(r).__name__}')
    return r


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode('utf-8', 'surrogateescape') if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode('utf-8', 'surrogateescape') if isinstance(filename, bytes) else filename


def getcwdb():
    return getcwd().encode()


# ── environment ──

class _Environ(dict):
    """os.environ: a dict of str whose changes reach the process environment."""

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError(f'str expected, not {type(key).__name__}')
        if not isinstance(value, str):
            raise TypeError(f'str expected, not {type(value).__name__}')
        _posix.putenv(key, value)
        dict.__setitem__(self, key, value)

    def __delitem__(self, key):
        dict.__delitem__(self, key)
        _posix.unsetenv(key)

    def pop(self, key, *default):
        had = key in self
        v = dict.pop(self, key, *default)
        if had:
            _posix.unsetenv(key)
        return v

    def setdefault(self, key, value=None):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, *args, **kw):
        for k, v in dict(*args, **kw).items():
            self[k] = v

    def copy(self):
        return dict(self)

    def __repr__(self):
        return f'environ({dict.__repr__(self)})'


environ = _Environ(_posix.environ)


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    _posix.putenv(key, value)


def unsetenv(key):
    _posix.unsetenv(key)


def get_exec_path(env=None):
    if env is None:
        env = environ
    return env.get('PATH', defpath).split(pathsep)


# ── stat ──

def _stat_fill(items, hidden):
    # as CPython's statresult_new: st_atime etc. not given are the integer times
    for k in range(3):
        if hidden[k] is None and len(items) > 7 + k:
            hidden[k] = items[7 + k]


stat_result = structseq(
    'stat_result', 'os',
    ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size', None, None, None,
     'st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns',
     'st_blksize', 'st_blocks', 'st_rdev'), 10,
    """The result of os.stat(): a 10-tuple (integer times) with st_* attributes.""",
    _stat_fill)


def _stat_result(st):
    # st: _posix's (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime, blksize, blocks,
    # rdev), times in float seconds
    times = st[7:10]
    return stat_result(st[:7] + tuple(int(t) for t in times) + times
                       + tuple(int(t * 1e9) for t in times) + tuple(st[10:13]))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    if isinstance(path, int):
        return _stat_result(_posix.fstat(path))
    path = fspath(path)
    return _stat_result(_posix.stat(path) if follow_symlinks else _posix.lstat(path))


def lstat(path, *, dir_fd=None):
    return _stat_result(_posix.lstat(fspath(path)))


def fstat(fd):
    return _stat_result(_posix.fstat(fd))


def open(path, flags, mode=0o777, *, dir_fd=None):
    return _posix.open(fspath(path), flags, mode)


# ── directories ──

def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    """One entry of scandir(): name, path and cached type queries."""

    def __init__(self, dirpath, name):
        self.name = name
        self.path = path.join(dirpath, name)
        self._stat = None
        self._lstat = None

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def is_dir(self, *, follow_symlinks=True):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode & 0o170000 == 0o040000
        except OSError:
            return False

    def is_file(self, *, follow_symlinks=True):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode & 0o170000 == 0o100000
        except OSError:
            return False

    def is_symlink(self):
        try:
            return self.stat(follow_symlinks=False).st_mode & 0o170000 == 0o120000
        except OSError:
            return False

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino


class _ScandirIterator:
    def __init__(self, dirpath):
        self._dirpath = dirpath
        self._it = iter(listdir(dirpath))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._dirpath, next(self._it))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        self._it = iter(())


def scandir(path='.'):
    return _ScandirIterator(fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for e in entries:
        (dirs if e.is_dir() else nondirs).append(e.name)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


def get_terminal_size(fd=1):
    cols = int(environ.get('COLUMNS', 80))
    lines = int(environ.get('LINES', 24))
    return terminal_size((cols, lines))


terminal_size = structseq('terminal_size', 'os', ('columns', 'lines'), 2,
                          """A tuple of (columns, lines) for holding terminal window size""")
uname_result = structseq('uname_result', 'posix',
                         ('sysname', 'nodename', 'release', 'version', 'machine'), 5)


def uname():
    return uname_result(_posix.uname_result)


def system(command):
    """Runs a shell command to its end; returns its wait status (exit code << 8, or the signal)."""
    import _pystm_subprocess
    code = _pystm_subprocess.spawn(['/bin/sh', '-c', fsdecode(command)], None, None, None, None,
                                   None, None, None)[1]
    return code << 8 if code >= 0 else -code


def popen(cmd, mode="r", buffering=-1):
    """A file over a shell command's output ('r') or input ('w'); close() gives its wait
    status, or None for 0 (the command runs to its end: lib/subprocess.py)."""
    if not isinstance(cmd, str):
        raise TypeError("invalid cmd type (%s, expected string)" % type(cmd))
    if mode not in ("r", "w"):
        raise ValueError("invalid mode %r" % mode)
    if buffering == 0 or buffering is None:
        raise ValueError("popen() does not support unbuffered streams")
    import subprocess
    if mode == "r":
        proc = subprocess.Popen(cmd, shell=True, text=True, stdout=subprocess.PIPE, bufsize=buffering)
        return _wrap_close(proc.stdout, proc)
    proc = subprocess.Popen(cmd, shell=True, text=True, stdin=subprocess.PIPE, bufsize=buffering)
    return _wrap_close(proc.stdin, proc)


class _wrap_close:
    """os.popen's file: closing it waits for the command and returns its wait status."""

    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc

    def close(self):
        self._stream.close()
        returncode = self._proc.wait()
        if returncode == 0:
            return None
        return returncode << 8 if returncode > 0 else -returncode

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)

supports_follow_symlinks.add(stat)


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    """Change the permission bits of path."""
    _posix.chmod(fspath(path), mode)


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    """Set the access and modification times of path: (atime, mtime) in seconds, ns= in
    nanoseconds, or now."""
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError("utime: 'ns' must be a tuple of two ints")
        times = (ns[0] / 1e9, ns[1] / 1e9)
    elif times is not None and (not isinstance(times, tuple) or len(times) != 2):
        raise TypeError("utime: 'times' must be either a tuple of two ints or None")
    _posix.utime(fspath(path), times)



def _get_exports_list(module):
    """A module's public names: its __all__, else the names without a leading underscore."""
    try:
        return list(module.__all__)
    except AttributeError:
        return [n for n in dir(module) if n[0] != '_']
