"""contextvars for pystm: context variables (PEP 567). Our own code. Each thread has its own
current Context (a new thread starts with an empty one, as in CPython); a Context maps
ContextVars to values and is replaced, never changed in place, by ContextVar.set, so a copy taken
with copy_context() keeps what it saw."""

import sys as _sys
import _thread

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_MISSING = object()
_current = {}  # thread ident -> its current Context


def _context():
    ident = _thread.get_ident()
    ctx = _current.get(ident)
    if ctx is None:
        ctx = _current[ident] = Context()
        threading = _sys.modules.get('threading')
        if threading is not None and ident != threading.main_thread().ident:
            threading._at_thread_end(lambda: _current.pop(ident, None), ident)
    return ctx


class Context:
    """A mapping of ContextVars to their values; run() makes it the thread's current context."""

    __slots__ = ('_data', '_entered', '_prev', '__weakref__')

    def __init__(self):
        self._data = {}
        self._entered = False
        self._prev = None

    def run(self, callable, /, *args, **kwargs):
        """Call callable(*args, **kwargs) with this context current; changes stay in it."""
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self!r} is already entered')
        ident = _thread.get_ident()
        self._prev = _current.get(ident)
        self._entered = True
        _current[ident] = self
        try:
            return callable(*args, **kwargs)
        finally:
            if self._prev is None:
                _current.pop(ident, None)
            else:
                _current[ident] = self._prev
            self._prev = None
            self._entered = False

    def copy(self):
        new = Context()
        new._data = self._data
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data[var]

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


class ContextVar:
    """A context variable: get() its value in the current context, set() it there."""

    __slots__ = ('_name', '_default', '__weakref__')

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError(f'get expected at most 1 argument, got {len(args)}')
        value = _context()._data.get(self, _MISSING)
        if value is not _MISSING:
            return value
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _context()
        old = ctx._data.get(self, Token.MISSING)
        data = dict(ctx._data)
        data[self] = value
        ctx._data = data
        return Token(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        ctx = _context()
        if token._ctx is not ctx:
            raise ValueError(f'{token!r} was created in a different Context')
        data = dict(ctx._data)
        if token._old is Token.MISSING:
            data.pop(self, None)
        else:
            data[self] = token._old
        ctx._data = data
        token._used = True

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __repr__(self):
        default = '' if self._default is _MISSING else f' default={self._default!r}'
        return f'<ContextVar name={self._name!r}{default} at 0x{id(self):x}>'

    def __hash__(self):
        return object.__hash__(self)


class _TokenMissing:
    def __repr__(self):
        return '<Token.MISSING>'


class Token:
    """What ContextVar.set returns: reset() with it restores the variable's previous value."""

    __slots__ = ('_ctx', '_var', '_old', '_used')
    MISSING = _TokenMissing()

    def __init__(self, ctx, var, old):
        self._ctx = ctx
        self._var = var
        self._old = old
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at 0x{id(self):x}>'


def copy_context():
    """A copy of the current thread's context."""
    return _context().copy()


for _cls in (Context, ContextVar, Token):
    _cls.__module__ = '_contextvars'
del _cls
