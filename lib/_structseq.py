"""Struct sequences (CPython's PyStructSequence) for the lib/ modules that return them:
time.struct_time, os.stat_result, os.terminal_size, os.uname_result. A struct sequence is a tuple
of its n_sequence_fields visible items; the fields after them (n_fields in all) are attributes
only. Unnamed fields (None in `fields`) are visible items with no attribute (os.stat_result's
integer times). `structseq(...)` makes the class; the native ones (sys.version_info, ...) are
vm/modules/sys.ts's structSeq.
"""

_MISSING = object()


def _field(i, visible):
    if i < visible:
        return property(lambda self: tuple.__getitem__(self, i))
    return property(lambda self: self._hidden[i - visible])


def structseq(name, module, fields, n_sequence_fields, doc=None, fill=None):
    """A struct sequence class `module.name` with `fields` (None for an unnamed one), the first
    n_sequence_fields of them the tuple's items. fill(items, hidden), if given, may replace the
    None of a field the constructor was not given (hidden: a list of the attribute-only fields)."""
    named = [f for f in fields if f is not None]
    n_fields = len(fields)
    full_name = module + '.' + name

    def __new__(cls, sequence=_MISSING, dict=_MISSING):
        if sequence is _MISSING:
            raise TypeError("structseq() missing required argument 'sequence' (pos 1)")
        try:
            items = sequence if isinstance(sequence, (list, tuple)) else list(sequence)
        except TypeError:
            raise TypeError('constructor requires a sequence') from None
        if dict is not _MISSING and not isinstance(dict, type({})):
            raise TypeError(f'{full_name}() takes a dict as second arg, if any')
        n = len(items)
        if not n_sequence_fields <= n <= n_fields:
            if n_sequence_fields == n_fields:
                how = 'a'
            else:
                how = 'an at least' if n < n_sequence_fields else 'an at most'
            size = n_sequence_fields if n < n_sequence_fields else n_fields
            raise TypeError(f'{full_name}() takes {how} {size}-sequence ({n}-sequence given)')
        self = tuple.__new__(cls, items[:n_sequence_fields])
        hidden = list(items[n_sequence_fields:])
        for i in range(n, n_fields):
            value = None
            if dict is not _MISSING:
                value = dict.get(fields[i])
            hidden.append(value)
        if fill is not None:
            fill(items, hidden)
        self._hidden = tuple(hidden)
        return self

    def __repr__(self):
        inner = ', '.join(f'{n}={v!r}' for n, v in zip(named, self))
        return f'{full_name}({inner})'

    def __reduce__(self):
        extra = {fields[i]: self._hidden[i - n_sequence_fields]
                 for i in range(n_sequence_fields, n_fields)}
        return (type(self), (tuple(self), extra))

    ns = {
        '__new__': __new__,
        '__repr__': __repr__,
        '__reduce__': __reduce__,
        '__doc__': doc,
        '__module__': module,
        'n_sequence_fields': n_sequence_fields,
        'n_fields': n_fields,
        'n_unnamed_fields': n_fields - len(named),
        '__match_args__': tuple(f for f in fields[:n_sequence_fields] if f is not None),
    }
    for i, f in enumerate(fields):
        if f is not None:
            ns[f] = _field(i, n_sequence_fields)
    return type(name, (tuple,), ns)
