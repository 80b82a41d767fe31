# string for pystm: character-class constants, capwords(), Template and Formatter. Written for
# pystm from the documented behaviour; no CPython code, and no `re`: Template placeholders are
# scanned by hand ($$, $identifier, ${identifier}; identifiers are ASCII [_a-zA-Z][_a-zA-Z0-9]*),
# so subclasses may change `delimiter` but not `idpattern`/`pattern`. Formatter.parse() is a
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

_ID_START = frozenset('_' + ascii_letters)
_ID_CHARS = frozenset('_' + ascii_letters + digits)


def _scan_identifier(s, i):
    # End index of the identifier starting at s[i], or i when there is none.
    n = len(s)
    if i >= n or s[i] not in _ID_START:
        return i
    j = i + 1
    while j < n and s[j] in _ID_CHARS:
        j += 1
    return j


_sentinel_dict = {}


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _placeholders(self):
        # Yields (start, end, kind, name): kind is 'escaped', 'named', 'braced' or 'invalid';
        # for 'invalid', end is the index just after the delimiter.
        s = self.template
        delim = self.delimiter
        dlen = len(delim)
        n = len(s)
        i = s.find(delim)
        while i >= 0:
            j = i + dlen
            if s.startswith(delim, j):
                yield (i, j + dlen, 'escaped', None)
                i = s.find(delim, j + dlen)
                continue
            k = _scan_identifier(s, j)
            if k > j:
                yield (i, k, 'named', s[j:k])
                i = s.find(delim, k)
                continue
            if j < n and s[j] == '{':
                k = _scan_identifier(s, j + 1)
                if k > j + 1 and k < n and s[k] == '}':
                    yield (i, k + 1, 'braced', s[j + 1:k])
                    i = s.find(delim, k + 1)
                    continue
            yield (i, j, 'invalid', None)
            i = s.find(delim, j)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _mapping(self, mapping, kws):
        if mapping is _sentinel_dict:
            return kws
        if kws:
            from collections import ChainMap
            return ChainMap(kws, mapping)
        return mapping

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        mapping = self._mapping(mapping, kws)
        s = self.template
        out = []
        pos = 0
        for start, end, kind, name in self._placeholders():
            out.append(s[pos:start])
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                self._invalid(end)
            else:
                out.append('%s' % (mapping[name],))
            pos = end
        out.append(s[pos:])
        return ''.join(out)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        mapping = self._mapping(mapping, kws)
        s = self.template
        out = []
        pos = 0
        for start, end, kind, name in self._placeholders():
            out.append(s[pos:start])
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                out.append(self.delimiter)
            else:
                try:
                    out.append('%s' % (mapping[name],))
                except KeyError:
                    out.append(s[start:end])
            pos = end
        out.append(s[pos:])
        return ''.join(out)

    def is_valid(self):
        for start, end, kind, name in self._placeholders():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for start, end, kind, name in self._placeholders():
            if name is not None and name not in ids:
                ids.append(name)
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
