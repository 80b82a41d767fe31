"""posixpath for pystm (os.path): path-string operations for POSIX paths, written from the
documented behaviour. Pure string functions accept str or bytes (the same type comes back);
the file-system queries (exists, isdir, getsize, ...) call the native posix module and answer
False instead of raising for missing paths, as CPython's do.
"""

import posix as _posix

__all__ = ['sep', 'altsep', 'curdir', 'pardir', 'extsep', 'pathsep', 'defpath', 'devnull',
           'normcase', 'isabs', 'join', 'split', 'splitext', 'splitdrive', 'basename', 'dirname',
           'commonprefix', 'commonpath', 'exists', 'lexists', 'isfile', 'isdir', 'islink',
           'ismount', 'getsize', 'getmtime', 'getatime', 'getctime', 'abspath', 'normpath',
           'realpath', 'relpath', 'expanduser', 'expandvars', 'samefile', 'supports_unicode_filenames']

sep = '/'
altsep = None
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
supports_unicode_filenames = False


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is None:
        raise TypeError(f'expected str, bytes or os.PathLike object, not {type(p).__name__}')
    r = f(p)
    if not isinstance(r, (str, bytes)):
        raise TypeError(f'expected {type(p).__name__}.__fspath__() to return str or bytes, not {type(r).__name__}')
    return r


def _seps(p):
    return (b'/', b'.', b'..', b'') if isinstance(p, bytes) else ('/', '.', '..', '')


def normcase(s):
    return _fspath(s)


def isabs(s):
    s = _fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    a = _fspath(a)
    slash = _seps(a)[0]
    path = a
    for b in p:
        b = _fspath(b)
        if type(b) is not type(a):
            raise TypeError("Can't mix strings and bytes in path components")
        if b.startswith(slash):
            path = b
        elif not path or path.endswith(slash):
            path += b
        else:
            path += slash + b
    return path


def split(p):
    p = _fspath(p)
    slash = _seps(p)[0]
    i = p.rfind(slash) + 1
    head, tail = p[:i], p[i:]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head, tail


def splitext(p):
    p = _fspath(p)
    slash, dot, _, empty = _seps(p)
    sep_index = p.rfind(slash)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        # a leading run of dots in the file name is not an extension
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != dot:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, empty


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def basename(p):
    p = _fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    p = _fspath(p)
    slash = _seps(p)[0]
    head = p[:p.rfind(slash) + 1]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    paths = tuple(map(_fspath, paths))
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    slash, cur = _seps(paths[0])[0], _seps(paths[0])[1]
    split_paths = [p.split(slash) for p in paths]
    try:
        (isabs_,) = set(p[:1] == slash for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in s if c and c != cur] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = slash if isabs_ else slash[:0]
    return prefix + slash.join(common)


def normpath(path):
    path = _fspath(path)
    slash, dot, dotdot, empty = _seps(path)
    if path == empty:
        return dot
    initial = 1 if path.startswith(slash) else 0
    if initial and path.startswith(slash * 2) and not path.startswith(slash * 3):
        initial = 2
    comps = path.split(slash)
    new = []
    for comp in comps:
        if comp in (empty, dot):
            continue
        if comp != dotdot or (not initial and not new) or (new and new[-1] == dotdot):
            new.append(comp)
        elif new:
            new.pop()
    path = slash.join(new)
    if initial:
        path = slash * initial + path
    return path or dot


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        cwd = _posix.getcwd()
        if isinstance(path, bytes):
            cwd = cwd.encode()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    filename = _fspath(filename)
    p = abspath(filename)
    if isinstance(p, bytes):
        return _posix.realpath(p.decode()).encode()
    return _posix.realpath(p)


def relpath(path, start=None):
    path = _fspath(path)
    if not path:
        raise ValueError('no path specified')
    slash, cur, dotdot, _ = _seps(path)
    if start is None:
        start = cur
    start = _fspath(start)
    start_list = [x for x in abspath(start).split(slash) if x]
    path_list = [x for x in abspath(path).split(slash) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [dotdot] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return cur
    return join(*rel_list)


def expanduser(path):
    path = _fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    slash = _seps(path)[0]
    i = path.find(slash, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path   # ~user is not looked up
    home = _posix.environ.get('HOME', _posix._home)
    if isinstance(path, bytes):
        home = home.encode()
    home = home.rstrip(slash)
    return (home + path[i:]) or slash


def expandvars(path):
    path = _fspath(path)
    if isinstance(path, bytes):
        return expandvars(path.decode()).encode()
    if '$' not in path:
        return path
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == '{':
            j = path.find('}', i + 2)
            if j < 0:
                out.append(path[i:])
                break
            name = path[i + 2:j]
            end = j + 1
        else:
            j = i + 1
            while j < n and (path[j].isalnum() or path[j] == '_'):
                j += 1
            name = path[i + 1:j]
            end = j
        if name and name in _posix.environ:
            out.append(_posix.environ[name])
        else:
            out.append(path[i:end])
        i = end
    return ''.join(out)


# ── file-system queries ──

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def _stat_or_none(path, follow=True):
    try:
        return (_posix.stat if follow else _posix.lstat)(_fspath(path))
    except (OSError, ValueError):
        return None


def exists(path):
    return _stat_or_none(path) is not None


def lexists(path):
    return _stat_or_none(path, False) is not None


def isfile(path):
    st = _stat_or_none(path)
    return st is not None and st[0] & _S_IFMT == _S_IFREG


def isdir(s):
    st = _stat_or_none(s)
    return st is not None and st[0] & _S_IFMT == _S_IFDIR


def islink(path):
    st = _stat_or_none(path, False)
    return st is not None and st[0] & _S_IFMT == _S_IFLNK


def ismount(path):
    return abspath(path) in ('/', b'/')


def getsize(filename):
    return _posix.stat(_fspath(filename))[6]


def getatime(filename):
    return _posix.stat(_fspath(filename))[7]


def getmtime(filename):
    return _posix.stat(_fspath(filename))[8]


def getctime(filename):
    return _posix.stat(_fspath(filename))[9]


def samefile(f1, f2):
    s1 = _posix.stat(_fspath(f1))
    s2 = _posix.stat(_fspath(f2))
    return s1[1] == s2[1] and s1[2] == s2[2]
