"""traceback for pystm: extracting, formatting and printing stack traces, written for pystm.

The text is produced by the VM's own exception printer through the native _traceback module,
so traceback.format_exc() is exactly what an uncaught exception prints (3.11 layout, position
carets, chained causes and contexts, exception groups, notes). StackSummary/FrameSummary give
the structured view: each FrameSummary remembers the code object and instruction offset it came
from so its formatted entry gets the same carets.
"""

import sys
import linecache
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']

_RECURSIVE_CUTOFF = 3
_sentinel = object()


def _lines(text):
    return text.splitlines(keepends=True)


def _value_of(exc, value, tb):
    """Normalizes the (exc) and (etype, value, tb) call forms to (exception, traceback)."""
    if value is _sentinel and tb is _sentinel:
        if exc is None:
            return None, None
        if not isinstance(exc, BaseException):
            raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
        return exc, exc.__traceback__
    if value is _sentinel:
        value = None
    if tb is _sentinel:
        tb = value.__traceback__ if value is not None else None
    return value, tb


# ── frames ──

class FrameSummary:
    """One entry of a stack: filename, lineno, name and the source line."""

    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals', '_code', '_lasti',
                 'end_lineno', 'colno', 'end_colno')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None, _code=None, _lasti=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self._code = _code
        self._lasti = _lasti
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        if lookup_line:
            self.line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return f'<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>'

    def _format(self):
        if self._code is not None and self.lineno is not None:
            return _traceback.format_entry(self._code, self._lasti, self.lineno)
        row = [f'  File "{self.filename}", line {self.lineno}, in {self.name}\n']
        if self.line:
            row.append(f'    {self.line}\n')
        return ''.join(row)


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def _extract(klass, entries, limit, lookup_lines, capture_locals):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        entries = list(entries)
        if limit is not None:
            entries = entries[:limit] if limit >= 0 else entries[limit:]
        result = klass()
        for f, lineno, lasti in entries:
            co = f.f_code
            result.append(FrameSummary(co.co_filename, lineno, co.co_name, lookup_line=lookup_lines,
                                       locals=f.f_locals if capture_locals else None,
                                       _code=co, _lasti=lasti))
        return result

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        return klass._extract(((f, lineno, None) for f, lineno in frame_gen), limit, lookup_lines, capture_locals)

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        return frame_summary._format()

    def format(self):
        result = []
        last = None
        count = 0
        for fs in self:
            if (last is not None and last.filename == fs.filename and last.lineno == fs.lineno
                    and last.name == fs.name):
                count += 1
                if count > _RECURSIVE_CUTOFF:
                    continue
            else:
                if count > _RECURSIVE_CUTOFF:
                    n = count - _RECURSIVE_CUTOFF
                    result.append(f'  [Previous line repeated {n} more time{"s" if n > 1 else ""}]\n')
                count = 1
            last = fs
            result.append(self.format_frame_summary(fs))
        if count > _RECURSIVE_CUTOFF:
            n = count - _RECURSIVE_CUTOFF
            result.append(f'  [Previous line repeated {n} more time{"s" if n > 1 else ""}]\n')
        return result


def _tb_entries(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno, tb.tb_lasti
        tb = tb.tb_next


def _stack_entries(f):
    while f is not None:
        yield f, f.f_lineno, f.f_lasti
        f = f.f_back


def extract_tb(tb, limit=None):
    return StackSummary._extract(_tb_entries(tb), limit, True, False)


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary._extract(_stack_entries(f), limit, True, False)
    stack.reverse()
    return stack


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end='')


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


# ── exceptions ──

def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    if value is None:
        return ['NoneType: None\n']
    if not isinstance(value, BaseException):
        return [f'{exc.__name__ if isinstance(exc, type) else type(value).__name__}: {value}\n']
    return _lines(_traceback.format_exception_only(value))


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _value_of(exc, value, tb)
    if value is None:
        return ['NoneType: None\n']
    if limit is None and chain and tb is value.__traceback__:
        return _lines(_traceback.format_exception(value))
    return list(TracebackException(type(value), value, tb, limit=limit).format(chain=chain))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end='')


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_value'):
        raise ValueError('no last exception')
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def clear_frames(tb):
    pass


class TracebackException:
    """An exception captured for later formatting: type, message, stack, cause and context."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.exc_type = exc_type
        self._value = exc_value
        self._str = str(exc_value) if exc_value is not None else ''
        self.stack = StackSummary._extract(_tb_entries(exc_traceback), limit, lookup_lines, capture_locals)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        self.__cause__ = None
        self.__context__ = None
        if exc_value is not None:
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__, limit=limit,
                                                    lookup_lines=lookup_lines, capture_locals=capture_locals,
                                                    _seen=_seen)
            context = exc_value.__context__
            if context is not None and id(context) not in _seen and not self.__suppress_context__:
                self.__context__ = TracebackException(type(context), context, context.__traceback__,
                                                      limit=limit, lookup_lines=lookup_lines,
                                                      capture_locals=capture_locals, _seen=_seen)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            self.lineno = str(exc_value.lineno) if exc_value.lineno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self.exc_type is None:
            yield 'NoneType: None\n'
            return
        yield from format_exception_only(self.exc_type, self._value)

    def format(self, *, chain=True):
        chain_list = []
        exc = self
        while exc is not None:
            if chain:
                if exc.__cause__ is not None:
                    chain_list.append((exc, 'The above exception was the direct cause of the following exception:\n\n'))
                    exc = exc.__cause__
                    continue
                if exc.__context__ is not None:
                    chain_list.append((exc, 'During handling of the above exception, another exception occurred:\n\n'))
                    exc = exc.__context__
                    continue
            chain_list.append((exc, None))
            exc = None
        for exc, msg in reversed(chain_list):
            if exc.stack:
                yield 'Traceback (most recent call last):\n'
                yield from exc.stack.format()
            yield from exc.format_exception_only()
            if msg is not None:
                yield '\n' + msg

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end='')
