# pprint for pystm: pretty printing of Python data (pprint, pformat, pp, saferepr, isreadable,
# isrecursive, PrettyPrinter). Written for pystm from CPython 3.11's documentation, with CPython
# as the oracle for every layout (lib/NOTES.md). A value whose repr fits in the room left on the
# line is written as its repr; a wider one is laid out by the printer of its type's __repr__
# (dict, list, tuple, set, str, bytes, the collections types, SimpleNamespace, dataclasses...).

import sys as _sys
import types as _types
from io import StringIO as _StringIO

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False,
           sort_dicts=True, underscore_numbers=False):
    """Pretty-print `object` to `stream` (sys.stdout by default) with a newline."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    """The pretty-printed text of `object`."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint with dictionaries in insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """A repr that marks recursive containers instead of recursing."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _OrderKey:
    """Sort key that orders values of mutually unorderable types by type name and id."""

    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        try:
            return self.value < other.value
        except TypeError:
            return ((str(type(self.value)), id(self.value))
                    < (str(type(other.value)), id(other.value)))


def _item_key(item):
    return (_OrderKey(item[0]), _OrderKey(item[1]))


def _recursion_marker(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


def _split_at_spaces(line):
    """The line as alternating runs: each part is non-space characters then the spaces after them."""
    parts = []
    i = 0
    n = len(line)
    while i < n:
        start = i
        while i < n and not line[i].isspace():
            i += 1
        while i < n and line[i].isspace():
            i += 1
        parts.append(line[start:i])
    return parts


def _bytes_lines(data, width, allowance):
    """repr()s of runs of 4-byte groups, each at most `width` wide (the last less `allowance`)."""
    out = []
    current = b''
    last_start = len(data) // 4 * 4
    for start in range(0, len(data), 4):
        group = data[start:start + 4]
        candidate = current + group
        if start == last_start:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                out.append(repr(current))
            current = group
        else:
            current = candidate
    if current:
        out.append(repr(current))
    return out


def _is_plain_dataclass(object):
    cls = type(object)
    params = getattr(cls, '__dataclass_params__', None)
    if params is None or not hasattr(cls, '__dataclass_fields__'):
        return False
    if not params.repr:
        return False
    rep = cls.__repr__
    if getattr(rep, '_pystm_dataclass_repr', False):
        return True
    wrapped = getattr(rep, '__wrapped__', None)
    return wrapped is not None and '__create_fn__' in getattr(wrapped, '__qualname__', '')


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False,
                 sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write("\n")

    def pformat(self, object):
        out = _StringIO()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        rep, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of `object`; subclasses may override."""
        return self._safe_repr(object, context, maxlevels, level)

    # ---- layout ---------------------------------------------------------------------------

    def _format(self, object, stream, indent, allowance, context, level):
        key = id(object)
        if key in context:
            stream.write(_recursion_marker(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        if len(rep) > self._width - indent - allowance:
            printer = _printer_for(self._dispatch, type(object).__repr__)
            if printer is None and not isinstance(object, type) and _is_plain_dataclass(object):
                printer = PrettyPrinter._pprint_dataclass
            if printer is not None:
                context[key] = 1
                printer(self, object, stream, indent, allowance, context, level + 1)
                del context[key]
                return
        stream.write(rep)

    def _repr(self, object, context, level):
        rep, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return rep

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        import dataclasses
        name = object.__class__.__name__
        items = [(f.name, getattr(object, f.name)) for f in dataclasses.fields(object) if f.repr]
        stream.write(name + '(')
        self._format_namespace_items(items, stream, indent + len(name) + 1, allowance, context, level)
        stream.write(')')

    _dispatch = {}

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        if len(object):
            items = sorted(object.items(), key=_item_key) if self._sort_dicts else object.items()
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        stream.write('}')

    _dispatch[dict.__repr__] = _pprint_dict

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        self._format(list(object.items()), stream, indent + len(name) + 1, allowance + 1, context, level)
        stream.write(')')

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    _dispatch[list.__repr__] = _pprint_list

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write('(')
        end = ',)' if len(object) == 1 else ')'
        self._format_items(object, stream, indent, allowance + len(end), context, level)
        stream.write(end)

    _dispatch[tuple.__repr__] = _pprint_tuple

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = object.__class__
        if cls is set:
            stream.write('{')
            end = '}'
        else:
            stream.write(cls.__name__ + '({')
            end = '})'
            indent += len(cls.__name__) + 1
        members = sorted(object, key=_OrderKey)
        self._format_items(members, stream, indent, allowance + len(end), context, level)
        stream.write(end)

    _dispatch[set.__repr__] = _pprint_set
    _dispatch[frozenset.__repr__] = _pprint_set

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        if level == 1:
            # a top-level string gets parentheses so that the pieces form one expression
            indent += 1
            allowance += 1
        room = self._width - indent
        lines = object.splitlines(True)
        pieces = []
        for i, line in enumerate(lines):
            last_line = i == len(lines) - 1
            line_room = room - allowance if last_line else room
            if len(repr(line)) <= line_room:
                pieces.append(repr(line))
                continue
            parts = _split_at_spaces(line)
            part_room = room
            current = ''
            for j, part in enumerate(parts):
                candidate = current + part
                if last_line and j == len(parts) - 1:
                    part_room -= allowance
                if len(repr(candidate)) > part_room:
                    if current:
                        pieces.append(repr(current))
                    current = part
                else:
                    current = candidate
            if current:
                pieces.append(repr(current))
        if len(pieces) == 1:
            stream.write(pieces[0])
            return
        if level == 1:
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(pieces))
        if level == 1:
            stream.write(')')

    _dispatch[str.__repr__] = _pprint_str

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        top = level == 1
        if top:
            indent += 1
            allowance += 1
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(_bytes_lines(object, self._width - indent, allowance)))
        if top:
            stream.write(')')

    _dispatch[bytes.__repr__] = _pprint_bytes

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write('bytearray(')
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1, context, level + 1)
        stream.write(')')

    _dispatch[bytearray.__repr__] = _pprint_bytearray

    def _pprint_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write('mappingproxy(')
        self._format(object.copy(), stream, indent + 13, allowance + 1, context, level)
        stream.write(')')

    _dispatch[_types.MappingProxyType.__repr__] = _pprint_mappingproxy

    def _pprint_simplenamespace(self, object, stream, indent, allowance, context, level):
        name = 'namespace' if type(object) is _types.SimpleNamespace else object.__class__.__name__
        stream.write(name + '(')
        self._format_namespace_items(list(object.__dict__.items()), stream, indent + len(name) + 1,
                                     allowance, context, level)
        stream.write(')')

    _dispatch[_types.SimpleNamespace.__repr__] = _pprint_simplenamespace

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        separator = ',\n' + ' ' * indent
        items = list(items)
        for i, (key, value) in enumerate(items):
            last = i == len(items) - 1
            rep = self._repr(key, context, level)
            stream.write(rep)
            stream.write(': ')
            self._format(value, stream, indent + len(rep) + 2, allowance if last else 1, context, level)
            if not last:
                stream.write(separator)

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        separator = ',\n' + ' ' * indent
        for i, (key, value) in enumerate(items):
            last = i == len(items) - 1
            stream.write(key)
            stream.write('=')
            if id(value) in context:
                stream.write('...')  # as the repr of a recursive dataclass writes it
            else:
                self._format(value, stream, indent + len(key) + 1, allowance if last else 1, context, level)
            if not last:
                stream.write(separator)

    def _format_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        newline = ',\n' + ' ' * indent
        separator = ''
        room = full_room = self._width - indent + 1
        values = iter(items)
        try:
            upcoming = next(values)
        except StopIteration:
            return
        last = False
        while not last:
            value = upcoming
            try:
                upcoming = next(values)
            except StopIteration:
                last = True
                full_room -= allowance
                room -= allowance
            if self._compact:
                # as many items on a line as fit, each followed by ", "
                rep = self._repr(value, context, level)
                needed = len(rep) + 2
                if room < needed:
                    room = full_room
                    if separator:
                        separator = newline
                if room >= needed:
                    room -= needed
                    stream.write(separator)
                    separator = ', '
                    stream.write(rep)
                    continue
            stream.write(separator)
            separator = newline
            self._format(value, stream, indent, allowance if last else 1, context, level)

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = object.__class__.__name__
        indent += len(name) + 1
        stream.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '({')
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        self._format_dict_items(object.most_common(), stream, indent + len(name) + 1, allowance + 2,
                                context, level)
        stream.write('})')

    def _pprint_chain_map(self, object, stream, indent, allowance, context, level):
        maps = object.maps
        if not len(maps):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        indent += len(name) + 1
        for i, mapping in enumerate(maps):
            if i == len(maps) - 1:
                self._format(mapping, stream, indent, allowance + 1, context, level)
                stream.write(')')
            else:
                self._format(mapping, stream, indent, 1, context, level)
                stream.write(',\n' + ' ' * indent)

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '([')
        indent += len(name) + 1
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
        else:
            self._format_items(object, stream, indent, 2, context, level)
            maxlen = self._repr(object.maxlen, context, level)
            stream.write('],\n%smaxlen=%s)' % (' ' * indent, maxlen))

    def _pprint_wrapped_data(self, object, stream, indent, allowance, context, level):
        # UserDict, UserList and UserString print as the value they wrap
        self._format(object.data, stream, indent, allowance, context, level - 1)


    # ---- one-line reprs ---------------------------------------------------------------------

    def _safe_repr(self, object, context, maxlevels, level):
        cls = type(object)
        if cls in _SCALARS:
            return repr(object), True, False
        own_repr = getattr(cls, "__repr__", None)
        if issubclass(cls, int) and own_repr is int.__repr__:
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False
        if issubclass(cls, dict) and own_repr is dict.__repr__:
            if not object:
                return "{}", True, False
            return self._safe_container_repr(object, "{%s}", context, maxlevels, level, True)
        if issubclass(cls, list) and own_repr is list.__repr__:
            if not object:
                return "[]", True, False
            return self._safe_container_repr(object, "[%s]", context, maxlevels, level, False)
        if issubclass(cls, tuple) and own_repr is tuple.__repr__:
            if not object:
                return "()", True, False
            shape = "(%s,)" if len(object) == 1 else "(%s)"
            return self._safe_container_repr(object, shape, context, maxlevels, level, False)
        rep = repr(object)
        return rep, (rep and not rep.startswith('<')), False

    def _safe_container_repr(self, object, shape, context, maxlevels, level, is_dict):
        key = id(object)
        if maxlevels and level >= maxlevels:
            return shape % "...", False, key in context
        if key in context:
            return _recursion_marker(object), False, True
        context[key] = 1
        readable = True
        recursive = False
        parts = []
        level += 1
        if is_dict:
            items = sorted(object.items(), key=_item_key) if self._sort_dicts else object.items()
            for k, v in items:
                krep, kreadable, krecursive = self.format(k, context, maxlevels, level)
                vrep, vreadable, vrecursive = self.format(v, context, maxlevels, level)
                parts.append("%s: %s" % (krep, vrep))
                readable = readable and kreadable and vreadable
                if krecursive or vrecursive:
                    recursive = True
        else:
            for value in object:
                rep, value_readable, value_recursive = self.format(value, context, maxlevels, level)
                parts.append(rep)
                if not value_readable:
                    readable = False
                if value_recursive:
                    recursive = True
        del context[key]
        return shape % ", ".join(parts), readable, recursive


def _printer_for(dispatch, repr_function):
    printer = dispatch.get(repr_function)
    if printer is None and not _collections_printers_added and 'collections' in _sys.modules:
        # an object of a collections type exists only once collections was imported: pprint
        # itself does not import it (0.2 s of CPU in a cold VM)
        _add_collections_printers()
        printer = dispatch.get(repr_function)
    return printer


_collections_printers_added = False


def _add_collections_printers():
    global _collections_printers_added
    _collections_printers_added = True
    import collections
    table = PrettyPrinter._dispatch
    table[collections.OrderedDict.__repr__] = PrettyPrinter._pprint_ordered_dict
    table[collections.defaultdict.__repr__] = PrettyPrinter._pprint_default_dict
    table[collections.Counter.__repr__] = PrettyPrinter._pprint_counter
    table[collections.ChainMap.__repr__] = PrettyPrinter._pprint_chain_map
    table[collections.deque.__repr__] = PrettyPrinter._pprint_deque
    table[collections.UserDict.__repr__] = PrettyPrinter._pprint_wrapped_data
    table[collections.UserList.__repr__] = PrettyPrinter._pprint_wrapped_data
    table[collections.UserString.__repr__] = PrettyPrinter._pprint_wrapped_data


_SCALARS = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})
