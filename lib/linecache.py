# linecache — random access to lines of text files, cached, for pystm (used by warnings and
# traceback). Written from the documented behaviour of CPython's linecache (not copied from it).
# Entries are (size, mtime, lines, fullname); lazy entries (from a module's __loader__) are
# 1-tuples holding a function that returns the source. Without os.stat, mtime is None and
# checkcache() re-reads a file to see whether it changed. Every line ends with '\n'.

import sys

__all__ = ['getline', 'clearcache', 'checkcache', 'lazycache']

cache = {}


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line number lineno (1-based) of filename with its newline, or '' when there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """All lines of filename (from the cache when possible)."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def _read_lines(fullname):
    with open(fullname, 'rb') as f:
        data = f.read()
    encoding = _source_encoding(data)
    text = data.decode(encoding, 'replace')
    if text.startswith('\ufeff'):
        text = text[1:]
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    return len(data), lines


def _source_encoding(data):
    """The PEP 263 coding cookie of the first two lines, else utf-8."""
    if data.startswith(b'\xef\xbb\xbf'):
        return 'utf-8'
    for line in data.split(b'\n', 2)[:2]:
        stripped = line.lstrip()
        if not stripped.startswith(b'#'):
            if stripped:
                break
            continue
        i = line.find(b'coding')
        if i >= 0 and i + 6 < len(line) and line[i + 6:i + 7] in (b':', b'='):
            rest = line[i + 7:].lstrip()
            end = 0
            while end < len(rest) and (rest[end:end + 1].isalnum() or rest[end:end + 1] in b'-_.'):
                end += 1
            if end:
                name = rest[:end].decode('ascii').lower().replace('_', '-')
                if name in ('latin-1', 'iso-8859-1', 'iso-latin-1') or name.startswith('latin-1-'):
                    return 'latin-1'
                return name
    return 'utf-8'


def _join(dirname, basename):
    if not dirname:
        return basename
    if dirname.endswith('/'):
        return dirname + basename
    return dirname + '/' + basename


def updatecache(filename, module_globals=None):
    """(Re)read filename into the cache and return its lines ([] when it cannot be read)."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        del cache[filename]
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    fullname = filename
    try:
        size, lines = _read_lines(fullname)
    except (OSError, UnicodeError, LookupError):
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                pass
            else:
                if data is None:
                    return []
                lines = data.splitlines(True)
                if lines and not lines[-1].endswith('\n'):
                    lines[-1] += '\n'
                cache[filename] = (len(data), None, lines, fullname)
                return lines
        if filename.startswith('/'):
            return []
        basename = filename
        for dirname in sys.path:
            if not isinstance(dirname, str):
                continue
            fullname = _join(dirname, basename)
            try:
                size, lines = _read_lines(fullname)
                break
            except (OSError, UnicodeError, LookupError, TypeError):
                continue
        else:
            return []
    cache[filename] = (size, None, lines, fullname)
    return lines


def checkcache(filename=None):
    """Drop cache entries whose file changed or vanished (all files, or just filename)."""
    if filename is None:
        filenames = list(cache)
    elif filename in cache:
        filenames = [filename]
    else:
        return
    for name in filenames:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue
        size, mtime, lines, fullname = entry
        try:
            new_size, new_lines = _read_lines(fullname)
        except (OSError, UnicodeError, LookupError):
            cache.pop(name, None)
            continue
        if new_size != size or new_lines != lines:
            cache.pop(name, None)


def lazycache(filename, module_globals):
    """Remember how to fetch filename's source from its module's loader; True when possible."""
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if module_globals and '__name__' in module_globals:
        name = module_globals['__name__']
        loader = module_globals.get('__loader__')
        if loader is None:
            spec = module_globals.get('__spec__')
            loader = getattr(spec, 'loader', None)
        get_source = getattr(loader, 'get_source', None)
        if name and get_source:
            def get_lines(name=name, *args, **kwargs):
                return get_source(name, *args, **kwargs)
            cache[filename] = (get_lines,)
            return True
    return False
