# pystm's `re` module, written for pystm (not CPython's Lib/re or sre). The native module
# _pystm_re translates each Python pattern into a JavaScript RegExp whose behaviour is spelled
# out to agree with CPython 3.11 (see vm/modules/re_translate.ts); a pattern with a construct JS
# cannot run with CPython's meaning runs on pystm's backtracking matcher with sre's semantics
# (vm/modules/re_backtrack_*.ts). This file holds the public API:
# flags, re.error, Pattern and Match objects, the compile cache, the search loop with CPython
# 3.7+ empty-match rules (used by sub, subn, split, findall, finditer) and replacement templates.
# Positions are code point offsets; bytes subjects are matched as latin-1 text by the native side.

import _pystm_re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile",
    "purge", "template", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X",
    "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE",
    "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

_MAXSIZE = 9223372036854775807
_MAXGROUPS = 1073741823


class RegexFlag(int):
    """The re flags: an int subclass whose operators keep the type (as CPython's IntFlag)."""

    __slots__ = ()

    def __repr__(self):
        value = int(self)
        if value == 0:
            return 're.NOFLAG'
        if value < 0:
            return 're.RegexFlag(%r)' % value
        parts = []
        rest = value
        for name, bit in _FLAG_ORDER:
            if value & bit:
                parts.append('re.' + name)
                rest &= ~bit
        if rest:
            if not parts:
                return 're.RegexFlag(%r)' % value
            parts.append(hex(rest))
        return '|'.join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        return int.__format__(int(self), spec)

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        value = int(self)
        names = [n for n, bit in _FLAG_ORDER if value & bit]
        return '|'.join(names) if names else ('NOFLAG' if value == 0 else None)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        # (IntFlag with boundary KEEP: unknown bits stay, as CPython's Flag._missing_)
        v = ~int(self)
        if v < 0:
            v += max(512, 2 ** v.bit_length())
        return RegexFlag(v)

    def __iter__(self):
        value = int(self)
        for name, bit in _FLAG_ORDER:
            if value & bit:
                yield RegexFlag(bit)

    def __contains__(self, other):
        return int(other) & int(self) == int(other)

    def __reduce__(self):
        return (RegexFlag, (int(self),))


_FLAG_ORDER = [('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32),
               ('MULTILINE', 8), ('DOTALL', 16), ('VERBOSE', 64), ('TEMPLATE', 1), ('DEBUG', 128)]
_REPR_ORDER = [('TEMPLATE', 1), ('IGNORECASE', 2), ('LOCALE', 4), ('MULTILINE', 8),
               ('DOTALL', 16), ('UNICODE', 32), ('VERBOSE', 64), ('DEBUG', 128), ('ASCII', 256)]

NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)
for _name, _value in [('NOFLAG', NOFLAG), ('ASCII', A), ('A', A), ('IGNORECASE', I), ('I', I),
                      ('LOCALE', L), ('L', L), ('UNICODE', U), ('U', U), ('MULTILINE', M),
                      ('M', M), ('DOTALL', S), ('S', S), ('VERBOSE', X), ('X', X),
                      ('TEMPLATE', T), ('T', T), ('DEBUG', DEBUG)]:
    setattr(RegexFlag, _name, _value)
del _name, _value


class error(Exception):
    """Exception raised for invalid regular expressions (and for patterns pystm cannot run)."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = 're'
PatternError = error


class Pattern:
    """A compiled regular expression."""

    __slots__ = ('pattern', 'flags', 'groups', '_id', '_isbytes', '_names', '_parents', '__weakref__')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    @property
    def groupindex(self):
        import types
        return types.MappingProxyType(dict(self._names))

    def match(self, string, pos=0, endpos=None):
        spans = _exec(self._id, string, 0, pos, endpos, 1)
        if spans is None:
            return None
        m = _new(Match)
        m.re = self
        m.string = string
        m._spans = spans
        return m

    def fullmatch(self, string, pos=0, endpos=None):
        spans = _exec(self._id, string, 0, pos, endpos, 2)
        if spans is None:
            return None
        m = _new(Match)
        m.re = self
        m.string = string
        m._spans = spans
        return m

    def search(self, string, pos=0, endpos=None):
        spans = _exec(self._id, string, 0, pos, endpos, 0)
        if spans is None:
            return None
        m = _new(Match)
        m.re = self
        m.string = string
        m._spans = spans
        return m

    def _iter(self, string, pos=0, endpos=None):
        """Yields span tuples of successive matches with CPython's empty-match rule."""
        ident = self._id
        handle = _pystm_re.prep(ident, string)
        spans = _exec(ident, string, handle, pos, endpos, 0)
        if spans is None:
            return
        endpos = spans[-1]
        while True:
            yield spans
            pos = spans[1]
            spans = _exec(ident, string, handle, pos, endpos, 3 if pos == spans[0] else 0)
            if spans is None:
                return

    def finditer(self, string, pos=0, endpos=None):
        return _MatchIterator(self, string, self._iter(string, pos, endpos))

    def scanner(self, string, pos=0, endpos=None):
        return _Scanner(self, string, pos, endpos)

    def findall(self, string, pos=0, endpos=None):
        string = _plain(string)
        out = []
        groups = self.groups
        empty = b'' if self._isbytes else ''
        for spans in _pystm_re.scan(self._id, string, pos, endpos, 0):
            if groups == 0:
                out.append(string[spans[0]:spans[1]])
            elif groups == 1:
                a = spans[2]
                out.append(empty if a < 0 else string[a:spans[3]])
            else:
                item = []
                for g in range(1, groups + 1):
                    a = spans[2 * g]
                    item.append(empty if a < 0 else string[a:spans[2 * g + 1]])
                out.append(tuple(item))
        if isinstance(string, (bytearray, memoryview)):
            out = [bytes(x) if not isinstance(x, tuple) else tuple(bytes(y) for y in x) for x in out]
        return out

    def split(self, string, maxsplit=0):
        string = _plain(string)
        out = []
        last = 0
        count = 0
        groups = self.groups
        if maxsplit < 0:
            _pystm_re.exec(self._id, string, 0, 0, 0, 1)  # the subject's type check
            return [string[:]] if not isinstance(string, (bytearray, memoryview)) else [bytes(string)]
        for spans in _pystm_re.scan(self._id, string, 0, None, maxsplit):
            out.append(string[last:spans[0]])
            for g in range(1, groups + 1):
                a = spans[2 * g]
                out.append(None if a < 0 else string[a:spans[2 * g + 1]])
            last = spans[1]
            count += 1
        out.append(string[last:])
        if isinstance(string, (bytearray, memoryview)):
            out = [x if x is None else bytes(x) for x in out]
        return out

    def _subx(self, repl, string, count):
        subject = string
        string = _plain(string)
        if callable(repl):
            func = repl
            literal = None
        else:
            template = _compile_template(self, repl)
            if len(template) == 1 and not isinstance(template[0], int):
                literal = template[0]
                func = None
            else:
                literal = None
                func = template
        parts = []
        last = 0
        n = 0
        isbytes = self._isbytes
        if count < 0:
            _pystm_re.exec(self._id, string, 0, 0, 0, 1)  # the subject's type check
            matches = ()
        else:
            matches = _pystm_re.scan(self._id, string, 0, None, count)
        for spans in matches:
            if spans[0] > last:
                parts.append(string[last:spans[0]])
            if literal is not None:
                if literal:
                    parts.append(literal)
            elif callable(func):
                r = func(_new_match(self, subject, spans))
                if r is not None and (r or not isinstance(r, (str, bytes))):
                    parts.append(r)
            else:
                r = _expand(func, string, spans, isbytes)
                if r:
                    parts.append(r)
            last = spans[1]
            n += 1
        if last < len(string):
            parts.append(string[last:])
        if isbytes:
            for i, x in enumerate(parts):
                if not isinstance(x, (bytes, bytearray, memoryview)):
                    raise TypeError('sequence item %d: expected a bytes-like object, %s found'
                                    % (i, type(x).__name__))
            return b''.join(parts), n
        for i, x in enumerate(parts):
            if not isinstance(x, str):
                raise TypeError('sequence item %d: expected str instance, %s found'
                                % (i, type(x).__name__))
        return ''.join(parts), n

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def __repr__(self):
        flags = self.flags
        if not self._isbytes and flags & (4 | 32 | 256) == 32:
            flags &= ~32
        text = repr(self.pattern)[:200]
        if not flags:
            return 're.compile(%s)' % text
        names = []
        for name, bit in _REPR_ORDER:
            if flags & bit:
                names.append('re.' + name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        return 're.compile(%s, %s)' % (text, '|'.join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.flags == other.flags and self._isbytes == other._isbytes
                and self.pattern == other.pattern)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (_compile, (self.pattern, self.flags))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


Pattern.__module__ = 're'


def _new_pattern(pattern, flags, info):
    p = object.__new__(Pattern)
    p.pattern = pattern
    p._id, p.groups, names, p.flags, p._parents = info[:5]
    p._names = dict(names)
    p._isbytes = not isinstance(pattern, str)
    return p


class Match:
    """The result of a successful match."""

    __slots__ = ('re', 'string', '_spans')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool) or type(g) is bool:
            if 0 <= g <= self.re.groups:
                return int(g)
            raise IndexError('no such group')
        if isinstance(g, str):
            i = self.re._names.get(g)
            if i is not None:
                return i
            raise IndexError('no such group')
        if hasattr(type(g), '__index__'):
            i = g.__index__()
            if 0 <= i <= self.re.groups:
                return i
        raise IndexError('no such group')

    def _get(self, i, default=None):
        a = self._spans[2 * i]
        if a < 0:
            return default
        s = _plain(self.string)[a:self._spans[2 * i + 1]]
        if not isinstance(s, (str, bytes)):
            s = bytes(s)
        return s

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(g)) for g in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re._names.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    @property
    def pos(self):
        return self._spans[-2]

    @property
    def endpos(self):
        return self._spans[-1]

    @property
    def regs(self):
        sp = self._spans
        return tuple((sp[2 * i], sp[2 * i + 1]) for i in range(self.re.groups + 1))

    @property
    def lastindex(self):
        sp = self._spans
        known = sp[-3]  # sre's own from the backtracking matcher; -2 from a JS RegExp
        if known != -2:
            return None if known < 0 else known
        parents = self.re._parents
        best = None
        for i in range(1, self.re.groups + 1):
            if sp[2 * i] < 0:
                continue
            if best is None or sp[2 * i + 1] > sp[2 * best + 1]:
                best = i
            elif sp[2 * i + 1] == sp[2 * best + 1] and not _is_ancestor(parents, best, i):
                best = i
        return best

    @property
    def lastgroup(self):
        i = self.lastindex
        if i is None:
            return None
        for name, j in self.re._names.items():
            if j == i:
                return name
        return None

    def expand(self, template):
        return _expand(_compile_template(self.re, template), self.string, self._spans,
                       self.re._isbytes)

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%r>' % (
            self._spans[0], self._spans[1], self._get(0))

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


Match.__module__ = 're'


def _is_ancestor(parents, a, b):
    """True when group a encloses group b."""
    p = parents[b - 1]
    while p:
        if p == a:
            return True
        p = parents[p - 1]
    return False


_new = object.__new__
_exec = _pystm_re.exec


def _new_match(pattern, string, spans):
    m = _new(Match)
    m.re = pattern
    m.string = string
    m._spans = spans
    return m


def _export(string):
    """A view that keeps a bytearray (or another resizable buffer) from resizing while a
    finditer() or scanner() runs over it, as CPython's SRE state holds the subject's buffer;
    None for a str or bytes. Released when the iteration ends (CPython keeps it until the
    iterator is freed, which its reference counts make the same moment in a for loop)."""
    if isinstance(string, (str, bytes)):
        return None
    try:
        return memoryview(string)
    except TypeError:
        return None


class _MatchIterator:
    __slots__ = ('_pattern', '_string', '_it', '_start', '_export')

    def __init__(self, pattern, string, it):
        self._pattern = pattern
        self._string = string
        self._it = it
        self._start = None
        self._export = _export(string)

    def __iter__(self):
        return self

    def __next__(self):
        try:
            spans = next(self._it)
        except StopIteration:
            if self._export is not None:
                self._export.release()
                self._export = None
            raise
        # every Match of one finditer reports the pos it started from
        if self._start is None:
            self._start = spans[-2]
        elif spans[-2] != self._start:
            spans = spans[:-2] + (self._start, spans[-1])
        return _new_match(self._pattern, self._string, spans)


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos = pos
        self._endpos = endpos
        self._start = None
        self._must = False
        self._done = False
        self._export = _export(string)

    def _step(self, mode):
        if self._done:
            return None
        if self._must:
            if mode == 1:
                return None
            mode = 3
        spans = _exec(self.pattern._id, self._string, 0, self._pos, self._endpos, mode)
        if spans is None:
            self._done = True
            if self._export is not None:
                self._export.release()
                self._export = None
            return None
        if self._start is None:
            self._start = spans[-2]
        self._endpos = spans[-1]
        self._must = spans[0] == spans[1]
        self._pos = spans[1]
        return _new_match(self.pattern, self._string, spans[:-2] + (self._start, spans[-1]))

    def match(self):
        return self._step(1)

    def search(self):
        return self._step(0)


# ── templates ──

_TEMPLATE_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
                     'v': '\v', '\\': '\\'}
_template_cache = {}


def _deprecated(message):
    """A DeprecationWarning attributed to the first frame outside this module."""
    import sys
    import warnings
    level = 2
    f = sys._getframe(1)
    while f is not None and f.f_globals is globals():
        f = f.f_back
        level += 1
    # ("Possible set ..." / "Possible nested set ...": sre_parse's FutureWarnings)
    category = FutureWarning if message.startswith('Possible ') else DeprecationWarning
    warnings.warn(message, category, stacklevel=level)


def _int_like(text):
    """int(text) for a non-negative decimal as int() reads it, else None."""
    try:
        value = int(text)
    except ValueError:
        return None
    return value if value >= 0 else None


def _compile_template(pattern, repl):
    """A list of literal pieces (str/bytes) and group indexes (int)."""
    key = (pattern._id, type(repl), repl)
    try:
        return _template_cache[key]
    except (KeyError, TypeError):
        pass
    if isinstance(repl, str):
        text = repl
        repl_bytes = False
    elif isinstance(repl, (bytes, bytearray, memoryview)):
        text = bytes(repl).decode('latin-1')
        repl_bytes = True
    else:
        raise TypeError('decoding to str: need a bytes-like object, %s found'
                        % type(repl).__name__)
    items = []
    lit = []
    i = 0
    n = len(text)
    groups = pattern.groups

    def fail(msg, pos):
        raise error(msg, repl, pos)

    while i < n:
        c = text[i]
        if c != '\\':
            lit.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            fail('bad escape (end of pattern)', start)
        c = text[i]
        i += 1
        index = None
        if c == 'g':
            if i >= n or text[i] != '<':
                fail('missing <', i)
            i += 1
            close = text.find('>', i)
            if close < 0:
                if i >= n:
                    fail('missing group name', i)
                fail('missing >, unterminated name', i)
            name = text[i:close]
            if not name:
                fail('missing group name', i)
            i = close + 1
            if name.isidentifier():
                if repl_bytes and not name.isascii():
                    _deprecated('bad character in group name %s at position %d'
                                % (ascii(name), start + 3))
                if name not in pattern._names:
                    raise IndexError('unknown group name %r' % name)
                index = pattern._names[name]
            else:
                index = _int_like(name)
                if index is None:
                    fail('bad character in group name %r' % name, start + 3)
                if not (name.isdecimal() and name.isascii()):
                    _deprecated('bad character in group name %s at position %d'
                                % (ascii(name) if repl_bytes else repr(name), start + 3))
                if index >= _MAXGROUPS:
                    fail('invalid group reference %d' % index, start + 3)
                if index > groups:
                    fail('invalid group reference %d' % index, start + 3)
        elif c == '0':
            j = i
            while j < n and j < i + 2 and text[j] in '01234567':
                j += 1
            lit.append(chr(int('0' + text[i:j], 8)))
            i = j
        elif c in '0123456789':
            if (i + 1 < n and c in '01234567' and text[i] in '01234567'
                    and text[i + 1] in '01234567'):
                value = int(text[i - 1:i + 2], 8)
                if value > 0o377:
                    fail('octal escape value \\%s outside of range 0-0o377' % text[i - 1:i + 2], start)
                lit.append(chr(value))
                i += 2
            else:
                digits = c
                if i < n and text[i] in '0123456789':
                    digits += text[i]
                    i += 1
                index = int(digits)
                if index > groups:
                    fail('invalid group reference %d' % index, start + 1)
        elif c in _TEMPLATE_ESCAPES:
            lit.append(_TEMPLATE_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            fail('bad escape \\%s' % c, start)
        else:
            lit.append('\\' + c)
        if index is not None:
            if lit:
                items.append(''.join(lit))
                lit = []
            items.append(index)
    if lit or not items:
        items.append(''.join(lit))
    if repl_bytes:
        items = [x if isinstance(x, int) else x.encode('latin-1') for x in items]
    if len(_template_cache) >= 512:
        _template_cache.clear()
    try:
        _template_cache[key] = items
    except TypeError:
        pass
    return items


def _plain(s):
    """The subject as its base type for slicing: CPython slices the text of a str or bytes
    subclass without its __getitem__ (and its slices are plain str/bytes)."""
    t = type(s)
    if t is str or t is bytes or t is bytearray or t is memoryview:
        return s
    if isinstance(s, str):
        return str.__getitem__(s, slice(None))
    if isinstance(s, bytes):
        return bytes.__getitem__(s, slice(None))
    return s


def _expand(template, string, spans, isbytes):
    if len(template) == 1 and not isinstance(template[0], int):
        return template[0]
    out = []
    for item in template:
        if isinstance(item, int):
            a = spans[2 * item]
            if a >= 0:
                s = string[a:spans[2 * item + 1]]
                out.append(bytes(s) if isbytes and not isinstance(s, bytes) else s)
        else:
            out.append(item)
            isbytes = not isinstance(item, str)
    return (b'' if isbytes else '').join(out)


# ── the cache and the module functions ──

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except (KeyError, TypeError):
        pass
    if not isinstance(pattern, (str, bytes)):
        if isinstance(pattern, (bytearray, memoryview)):
            pattern = bytes(pattern)
            key = None
        else:
            raise TypeError('first argument must be string or compiled pattern')
    if flags & 1:
        import warnings
        warnings.warn("The re.TEMPLATE/re.T flag is deprecated "
                      "as it is an undocumented flag "
                      "without an obvious purpose. "
                      "Don't use it.",
                      DeprecationWarning)
    info = _pystm_re.compile(pattern, flags)
    if len(info) <= 3:  # (msg, pos[, warnings issued before the error])
        if len(info) == 3:
            for message in info[2]:
                _deprecated(message)
        raise error(info[0], pattern, info[1])
    p = _new_pattern(pattern, flags, info)
    for message in info[5]:
        _deprecated(message)
    if key is not None:
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, KeyError):
                pass
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    import warnings
    warnings.warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # warn just once
        return _compile(pattern, flags | TEMPLATE)


_SPECIAL = {c: '\\' + c for c in '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return ''.join([_SPECIAL.get(c, c) for c in pattern])
    text = str(pattern, 'latin1')
    return ''.join([_SPECIAL.get(c, c) for c in text]).encode('latin1')


def _js_source(pattern, flags=0):
    """pystm only: the JavaScript RegExp a pattern runs as (for debugging)."""
    return _pystm_re.js_source(_compile(pattern, flags)._id)


class Scanner:
    """A simple lexer (CPython's undocumented re.Scanner): lexicon is a list of (pattern, action)
    pairs tried as one alternation at each position; scan() returns the actions' results (None
    drops a token, a callable is called with (scanner, text)) and the unmatched rest."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        parts = []
        self._phrase_of_group = {}
        group = 1
        for i, (phrase, action) in enumerate(lexicon):
            self._phrase_of_group[group] = i
            parts.append('(%s)' % phrase)
            group += 1 + compile(phrase, flags).groups
        self.scanner = compile('|'.join(parts), flags)

    def _phrase(self, m):
        for group, i in self._phrase_of_group.items():
            if m.start(group) != -1:
                return i
        return None

    def scan(self, string):
        result = []
        append = result.append
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[self._phrase(m)][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                append(action)
            i = j
        return result, string[i:]


def __getattr__(name):
    # re._compiler and re._constants as attributes of re, as in CPython (whose re imports them);
    # imported on first use here, so that `import re` stays one module
    if name in ('_compiler', '_constants'):
        import importlib
        return importlib.import_module('re.' + name)
    raise AttributeError("module 're' has no attribute %r" % (name,))
