# string for pystm: character-class constants, capwords(), Template and Formatter. Written for
# pystm from the documented behaviour; no CPython code. Template placeholders are scanned by hand
# for the default pattern (any delimiter) and found with a regular expression per class when a
# subclass overrides idpattern, braceidpattern, flags or pattern. Formatter.parse() is a
# hand-written equivalent of str.format's own parser, with the same error messages.

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits',
           'hexdigits', 'octdigits', 'printable', 'punctuation', 'whitespace',
           'Formatter', 'Template']

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s with sep, capitalize each word, join them again with sep (default one space)."""
    return (sep or ' ').join([w.capitalize() for w in s.split(sep)])


# ---- Template ----------------------------------------------------------------------------
# A class that keeps the default idpattern, braceidpattern, flags and pattern (changing only the
# delimiter, or nothing) has its placeholders scanned by hand, so that `import string` and plain
# templates never import `re`. A subclass that overrides any of those gets one compiled regular
# expression with the groups `escaped`, `named`, `braced` and `invalid` (built in
# __init_subclass__ from the class attributes, or its own `pattern`), as the documentation allows.
# `flags` is the plain int 2 (re.IGNORECASE's value) for the same reason.

_sentinel_dict = {}
_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'
_IGNORECASE = 2
_VERBOSE = 64

_ID_START = frozenset('_' + ascii_letters)
_ID_CHARS = frozenset('_' + ascii_letters + digits)


def _scan_identifier(s, i):
    # End index of the (ASCII) identifier starting at s[i], or i when there is none.
    n = len(s)
    if i >= n or s[i] not in _ID_START:
        return i
    j = i + 1
    while j < n and s[j] in _ID_CHARS:
        j += 1
    return j


class _Match:
    """The part of re.Match the Template methods use, for the hand scanner."""

    def __init__(self, string, start, end, kind, name):
        self.string = string
        self._start = start
        self._end = end
        self._kind = kind
        self._name = name

    def group(self, which=0):
        if which == 0:
            return self.string[self._start:self._end]
        if which != self._kind:
            return None
        if which == 'escaped':  # the second delimiter
            whole = self.string[self._start:self._end]
            return whole[len(whole) // 2:]
        return self._name if which in ('named', 'braced') else ''

    def start(self, which=0):
        if which == 'invalid':
            return self._end
        return self._start


def _scan(template):
    # The matches of the default pattern for this class's delimiter, in order.
    s = template.template
    delim = template.delimiter
    dlen = len(delim)
    n = len(s)
    i = s.find(delim)
    while i >= 0:
        j = i + dlen
        if s.startswith(delim, j):
            yield _Match(s, i, j + dlen, 'escaped', None)
            i = s.find(delim, j + dlen)
            continue
        k = _scan_identifier(s, j)
        if k > j:
            yield _Match(s, i, k, 'named', s[j:k])
            i = s.find(delim, k)
            continue
        if j < n and s[j] == '{':
            k = _scan_identifier(s, j + 1)
            if k > j + 1 and k < n and s[k] == '}':
                yield _Match(s, i, k + 1, 'braced', s[j + 1:k])
                i = s.find(delim, k + 1)
                continue
        yield _Match(s, i, j, 'invalid', None)
        i = s.find(delim, j)


def _uses_default_pattern(cls):
    return (cls.idpattern == _DEFAULT_IDPATTERN and cls.braceidpattern is None
            and cls.flags == _IGNORECASE and cls.__dict__.get('pattern') is None
            and not any('pattern' in c.__dict__ and isinstance(c.__dict__['pattern'], str)
                        for c in cls.__mro__))


def _template_regex(cls):
    import re
    if isinstance(cls.__dict__.get('pattern'), (str, bytes)) or hasattr(cls.__dict__.get('pattern'), 'pattern'):
        source = cls.pattern
    else:
        delim = re.escape(cls.delimiter)
        ident = cls.idpattern
        braced = cls.braceidpattern or ident
        source = (delim + '(?:'
                  + '(?P<escaped>' + delim + ')'
                  + '|(?P<named>' + ident + ')'
                  + '|{(?P<braced>' + braced + ')}'
                  + '|(?P<invalid>)'
                  + ')')
    return re.compile(source, cls.flags | _VERBOSE)


class _DefaultPattern:
    """Template.pattern of a class using the hand scanner: compiled on first access only."""

    def __get__(self, obj, owner):
        owner = owner if owner is not None else type(obj)
        compiled = owner.__dict__.get('_compiled_pattern')
        if compiled is None:
            compiled = _template_regex(owner)
            type.__setattr__(owner, '_compiled_pattern', compiled)
        return compiled


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = _IGNORECASE
    pattern = _DefaultPattern()

    def __init_subclass__(cls):
        super().__init_subclass__()
        if _uses_default_pattern(cls):
            cls._scanned = True
        else:
            cls._scanned = False
            cls.pattern = _template_regex(cls)

    _scanned = True

    def __init__(self, template):
        self.template = template

    def _matches(self):
        if type(self)._scanned:
            return _scan(self)
        return self.pattern.finditer(self.template)

    def _unrecognized(self):
        raise ValueError('Unrecognized named group in pattern', self.pattern)

    def _invalid(self, mo):
        i = mo.start('invalid')
        lines = self.template[:i].splitlines(keepends=True)
        if lines:
            lineno = len(lines)
            colno = i - len(''.join(lines[:-1]))
        else:
            lineno = colno = 1
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    @staticmethod
    def _mapping(mapping, kws):
        if mapping is _sentinel_dict:
            return kws
        if kws:
            from collections import ChainMap
            return ChainMap(kws, mapping)
        return mapping

    def _substitute(self, replace):
        if not type(self)._scanned:
            return self.pattern.sub(replace, self.template)
        out = []
        pos = 0
        s = self.template
        for mo in _scan(self):
            out.append(s[pos:mo._start])
            out.append(replace(mo))
            pos = mo._end
        out.append(s[pos:])
        return ''.join(out)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        mapping = self._mapping(mapping, kws)

        def replace(mo):
            name = mo.group('named') or mo.group('braced')
            if name is not None:
                return str(mapping[name])
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                self._invalid(mo)
            self._unrecognized()
        return self._substitute(replace)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        mapping = self._mapping(mapping, kws)

        def replace(mo):
            name = mo.group('named') or mo.group('braced')
            if name is not None:
                try:
                    return str(mapping[name])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                return mo.group()
            self._unrecognized()
        return self._substitute(replace)

    def is_valid(self):
        for mo in self._matches():
            if mo.group('invalid') is not None:
                return False
            if mo.group('named') is None and mo.group('braced') is None and mo.group('escaped') is None:
                self._unrecognized()
        return True

    def get_identifiers(self):
        ids = []
        for mo in self._matches():
            name = mo.group('named') or mo.group('braced')
            if name is not None:
                if name not in ids:
                    ids.append(name)
            elif mo.group('invalid') is None and mo.group('escaped') is None:
                self._unrecognized()
        return ids


# ---- Formatter ---------------------------------------------------------------------------

def _parse_format(s):
    # Yields (literal_text, field_name, format_spec, conversion) as str.format's parser does.
    n = len(s)
    i = 0
    while i < n:
        lit_start = i
        while i < n:
            c = s[i]
            if c == '{' or c == '}':
                break
            i += 1
        literal = s[lit_start:i]
        if i >= n:
            if literal:
                yield (literal, None, None, None)
            return
        c = s[i]
        if i + 1 < n and s[i + 1] == c:
            yield (literal + c, None, None, None)
            i += 2
            continue
        if c == '}':
            raise ValueError("Single '}' encountered in format string")
        if i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        # A replacement field: the field name first.
        i += 1
        name_start = i
        stop = None
        while i < n:
            c = s[i]
            if c == '{':
                raise ValueError("unexpected '{' in field name")
            if c == '[':
                while i < n and s[i] != ']':
                    i += 1
                if i < n:
                    i += 1
                continue
            if c == '}' or c == ':' or c == '!':
                stop = c
                break
            i += 1
        if stop is None:
            raise ValueError("expected '}' before end of string")
        field_name = s[name_start:i]
        conversion = None
        if stop == '!':
            i += 1
            if i >= n:
                raise ValueError('end of string while looking for conversion specifier')
            conversion = s[i]
            i += 1
            if i >= n:
                raise ValueError("unmatched '{' in format spec")
            stop = s[i]
            if stop != '}' and stop != ':':
                raise ValueError("expected ':' after conversion specifier")
        if stop == '}':
            yield (literal, field_name, '', conversion)
            i += 1
            continue
        # stop == ':': the format spec runs to the matching '}'.
        i += 1
        spec_start = i
        depth = 1
        while i < n:
            c = s[i]
            if c == '{':
                depth += 1
            elif c == '}':
                depth -= 1
                if depth == 0:
                    break
            i += 1
        if i >= n:
            raise ValueError("unmatched '{' in format spec")
        yield (literal, field_name, s[spec_start:i], conversion)
        i += 1


def _split_field_name(name):
    # 'a.b[0]' -> ('a', [(True, 'b'), (False, 0)]); digit-only parts become ints.
    n = len(name)
    i = 0
    while i < n and name[i] != '.' and name[i] != '[':
        i += 1
    first = name[:i]
    if first.isdigit() and first.isascii():
        first = int(first)
    rest = []
    while i < n:
        c = name[i]
        if c == '.':
            j = i + 1
            while j < n and name[j] != '.' and name[j] != '[':
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError('Empty attribute in format string')
            rest.append((True, attr))
            i = j
        elif c == '[':
            j = name.find(']', i + 1)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError('Empty attribute in format string')
            if key.isdigit() and key.isascii():
                key = int(key)
            rest.append((False, key))
            i = j + 1
            if i < n and name[i] != '.' and name[i] != '[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    """The str.format() machinery as overridable methods."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier %s' % (conversion,))

    def parse(self, format_string):
        """Return an iterable of (literal_text, field_name, format_spec, conversion)."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
