"""_csv for pystm: the CSV reader and writer, dialects and their registry, under lib/csv.py (and
the standard library's csv.py when its path is given). Our own code; the parser is a state
machine over each line's characters with the states of CPython's _csv.c, so quoting, escapes,
embedded newlines, strict mode and the error messages behave as CPython 3.11's."""

__version__ = '1.0'

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_field_limit = 128 * 1024


class Error(Exception):
    pass


Error.__module__ = '_csv'

_dialects = {}


def _char(name, value, allow_none):
    if value is None:
        if allow_none:
            return None
        raise TypeError(f'"{name}" must be a 1-character string')
    if not isinstance(value, str):
        if allow_none:
            raise TypeError(f'"{name}" must be string or None, not {type(value).__name__}')
        raise TypeError(f'"{name}" must be string, not {type(value).__name__}')
    if len(value) != 1:
        raise TypeError(f'"{name}" must be a 1-character string')
    return value


class Dialect:
    """CSV dialect: how fields are delimited, quoted and escaped, and how records end."""

    __slots__ = ('_delimiter', '_quotechar', '_escapechar', '_doublequote', '_skipinitialspace',
                 '_lineterminator', '_quoting', '_strict')

    def __new__(cls, dialect=None, **kwargs):
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            if isinstance(dialect, Dialect) and not kwargs and cls is Dialect:
                return dialect
        self = object.__new__(cls)
        for name in ('delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace',
                     'lineterminator', 'quoting', 'strict'):
            if name in kwargs:
                value = kwargs.pop(name)
            elif dialect is not None and hasattr(dialect, name):
                value = getattr(dialect, name)
            else:
                value = _DEFAULTS[name]
            object.__setattr__(self, '_' + name, value)
        if kwargs:
            name = next(iter(kwargs))
            raise TypeError(f"'{name}' is an invalid keyword argument for Dialect()")
        self._check()
        return self

    def _check(self):
        quoting = self._quoting
        if not isinstance(quoting, int):
            raise TypeError('"quoting" must be an integer')
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        object.__setattr__(self, '_delimiter', _char('delimiter', self._delimiter, False))
        if self._quotechar is None and quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')
        object.__setattr__(self, '_quotechar', _char('quotechar', self._quotechar, True))
        object.__setattr__(self, '_escapechar', _char('escapechar', self._escapechar, True))
        if not isinstance(self._lineterminator, str):
            raise TypeError(f'"lineterminator" must be a string, not {type(self._lineterminator).__name__}')
        object.__setattr__(self, '_doublequote', bool(self._doublequote))
        object.__setattr__(self, '_skipinitialspace', bool(self._skipinitialspace))
        object.__setattr__(self, '_strict', bool(self._strict))

    delimiter = property(lambda self: self._delimiter)
    quotechar = property(lambda self: self._quotechar)
    escapechar = property(lambda self: self._escapechar)
    doublequote = property(lambda self: self._doublequote)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    lineterminator = property(lambda self: self._lineterminator)
    quoting = property(lambda self: self._quoting)
    strict = property(lambda self: self._strict)

    def __setattr__(self, name, value):
        raise AttributeError(f"attribute '{name}' of '_csv.Dialect' objects is not writable")


Dialect.__module__ = '_csv'

_DEFAULTS = {'delimiter': ',', 'quotechar': '"', 'escapechar': None, 'doublequote': True,
             'skipinitialspace': False, 'lineterminator': '\r\n', 'quoting': QUOTE_MINIMAL,
             'strict': False}


def _dialect_of(dialect, kwargs):
    return Dialect(dialect, **kwargs)


def register_dialect(name, dialect=None, **kwargs):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = _dialect_of(dialect, kwargs)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect') from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    """The maximum field size the parser accepts; with an argument, set it (returns the old)."""
    global _field_limit
    if len(args) > 1:
        raise TypeError(f'field_size_limit expected at most 1 argument, got {len(args)}')
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _field_limit = args[0]
    return old


(START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD,
 QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL) = range(9)


class Reader:
    """Iterates over the records of the lines of an iterable, each a list of fields."""

    def __init__(self, iterable, dialect):
        self._lines = iter(iterable)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    def _reset(self):
        self._fields = []
        self._field = []
        self._state = START_RECORD
        self._numeric = False

    def _save_field(self):
        field = ''.join(self._field)
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)
        self._field = []

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error('field larger than field limit (%d)' % _field_limit)
        self._field.append(c)

    def __next__(self):
        self._reset()
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._field or self._state == IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error('unexpected end of data')
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %.200s (the file should be opened in text mode)'
                            % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._process(c)
            self._process(None)  # the end of the line
            if self._state == START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields

    def _process(self, c):
        d = self.dialect
        state = self._state
        if state == START_RECORD:
            if c is None:
                return
            if c in '\n\r':
                self._state = EAT_CRNL
                return
            state = self._state = START_FIELD
        if state == START_FIELD:
            if c is None or c in '\n\r':
                self._save_field()
                self._state = START_RECORD if c is None else EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = IN_FIELD
        elif state == ESCAPED_CHAR:
            if c is not None and c in '\n\r':
                self._add_char(c)
                self._state = AFTER_ESCAPED_CRNL
                return
            if c is None:
                c = '\n'
            self._add_char(c)
            self._state = IN_FIELD
        elif state == AFTER_ESCAPED_CRNL:
            if c is None:
                return
            self._state = IN_FIELD
            self._process(c)
        elif state == IN_FIELD:
            if c is None or c in '\n\r':
                self._save_field()
                self._state = START_RECORD if c is None else EAT_CRNL
            elif c == d.escapechar:
                self._state = ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = START_FIELD
            else:
                self._add_char(c)
        elif state == IN_QUOTED_FIELD:
            if c is None:
                pass
            elif c == d.escapechar:
                self._state = ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = QUOTE_IN_QUOTED_FIELD if d.doublequote else IN_FIELD
            else:
                self._add_char(c)
        elif state == ESCAPE_IN_QUOTED_FIELD:
            if c is None:
                c = '\n'
            self._add_char(c)
            self._state = IN_QUOTED_FIELD
        elif state == QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add_char(c)  # a doubled quote
                self._state = IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = START_FIELD
            elif c is None or c in '\n\r':
                self._save_field()
                self._state = START_RECORD if c is None else EAT_CRNL
            elif not d.strict:
                self._add_char(c)
                self._state = IN_FIELD
            else:
                raise Error("'%c' expected after '%c'" % (d.delimiter, d.quotechar))
        elif state == EAT_CRNL:
            if c is None:
                self._state = START_RECORD
            elif c in '\n\r':
                pass
            else:
                raise Error("new-line character seen in unquoted field - do you need to open the file with newline=''?")


class Writer:
    """Writes records (sequences of fields) to a file-like object as CSV text."""

    def __init__(self, fileobj, dialect):
        try:
            self._write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self.dialect = dialect

    def _field_text(self, field, quoted_hint):
        d = self.dialect
        if field is None:
            text = ''
        elif isinstance(field, str):
            text = field
        elif isinstance(field, float):
            text = repr(field)
        else:
            text = str(field)
        quote = d.quoting == QUOTE_ALL or (d.quoting == QUOTE_NONNUMERIC and quoted_hint)
        specials = d.delimiter + (d.quotechar or '') + (d.escapechar or '') + '\n\r' + d.lineterminator
        out = []
        for c in text:
            needs = c in specials
            if needs:
                if d.quoting == QUOTE_NONE:
                    if d.escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    out.append(d.escapechar)
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(c)
                        elif d.escapechar is not None:
                            out.append(d.escapechar)
                        else:
                            raise Error('need to escape, but no escapechar set')
                    elif c == d.escapechar:
                        out.append(d.escapechar)
                    quote = True
            out.append(c)
        text = ''.join(out)
        if quote:
            if d.quotechar is None:
                raise Error('need to escape, but no escapechar set')
            text = d.quotechar + text + d.quotechar
        return text

    def writerow(self, row):
        d = self.dialect
        try:
            fields = list(row)
        except TypeError:
            raise Error(f'iterable expected, not {type(row).__name__}') from None
        parts = []
        for field in fields:
            parts.append(self._field_text(field, not _is_number(field)))
        if len(fields) == 1 and parts[0] == '':
            if d.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            parts[0] = d.quotechar * 2
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def _is_number(value):
    # PyNumber_Check: what QUOTE_NONNUMERIC leaves unquoted (bool included, None not)
    cls = type(value)
    return hasattr(cls, '__float__') or hasattr(cls, '__index__') or hasattr(cls, '__int__') or isinstance(value, complex)


def reader(csvfile, dialect='excel', **fmtparams):
    """A reader of the records in the lines csvfile gives."""
    return Reader(csvfile, _dialect_of(dialect, fmtparams))


def writer(fileobj, dialect='excel', **fmtparams):
    """A writer of records to fileobj."""
    return Writer(fileobj, _dialect_of(dialect, fmtparams))
