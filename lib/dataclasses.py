# dataclasses — @dataclass, field(), fields(), asdict(), astuple(), replace() for pystm, written
# from the documented behaviour of CPython 3.11 (not copied from CPython). Generated methods are
# closures over the field list, not exec()'d source: __init__ binds its arguments itself and raises
# CPython's TypeError texts ("P.__init__() missing 1 required positional argument: 'x'", ...).
# Fields come from the class's own __annotations__ in order, after the fields of dataclass bases;
# ClassVar / InitVar / KW_ONLY are recognised as objects (typing.ClassVar, InitVar[...]) and as
# string annotations ("ClassVar[int]", "typing.ClassVar", "dataclasses.InitVar[...]").

import sys
import copy
import abc
import _thread

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']

_MappingProxy = type(type.__dict__)

# keyword.kwlist of Python 3.11 (pystm has no keyword module)
_KEYWORDS = frozenset((
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
    'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if',
    'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield'))


def _recursive_repr(user_function):
    """A __repr__ that shows '...' for an object already being repr'd in this thread."""
    running = set()

    def wrapper(self):
        key = (id(self), _thread.get_ident())
        if key in running:
            return '...'
        running.add(key)
        try:
            return user_function(self)
        finally:
            running.discard(key)

    wrapper.__name__ = user_function.__name__
    wrapper.__qualname__ = user_function.__qualname__
    wrapper.__doc__ = user_function.__doc__
    wrapper.__wrapped__ = user_function
    return wrapper


class _SlotProbe:
    __slots__ = ('slot',)


_MemberDescriptor = type(_SlotProbe.__dict__['slot'])
del _SlotProbe


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

try:
    _EMPTY_METADATA = _MappingProxy({})
except TypeError:
    _EMPTY_METADATA = {}


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    """Annotation for init-only pseudo-fields: passed to __post_init__, not stored."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return 'dataclasses.InitVar[%s]' % (type_name,)

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """Description of one dataclass field, as returned by fields()."""
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        if metadata is None:
            self.metadata = _EMPTY_METADATA
        else:
            try:
                self.metadata = _MappingProxy(metadata)
            except TypeError:
                self.metadata = dict(metadata)
        self.kw_only = kw_only
        self._field_type = None

    @_recursive_repr
    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,hash=%r,'
                'compare=%r,metadata=%r,kw_only=%r,_field_type=%r)'
                % (self.name, self.type, self.default, self.default_factory, self.init,
                   self.repr, self.hash, self.compare, self.metadata, self.kw_only,
                   self._field_type))

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)'
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describe a dataclass field with a default, a default_factory, or per-field options."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# ---------------------------------------------------------------------------------------------
# Annotation classification

def _split_string_annotation(s):
    """'typing.ClassVar[int]' -> ('typing', 'ClassVar'); 'ClassVar' -> (None, 'ClassVar')."""
    s = s.strip()
    i = 0
    n = len(s)
    parts = []
    while len(parts) < 2:
        while i < n and s[i] in ' \t':
            i += 1
        start = i
        while i < n and (s[i].isalnum() or s[i] == '_'):
            i += 1
        if start == i:
            break
        parts.append(s[start:i])
        while i < n and s[i] in ' \t':
            i += 1
        if i < n and s[i] == '.':
            i += 1
            continue
        break
    if not parts:
        return None, None
    if len(parts) == 1:
        return None, parts[0]
    return parts[0], parts[1]


def _string_names(annotation, cls, module_name, obj_name, obj):
    """True when a string annotation names obj (e.g. 'ClassVar[...]' with typing.ClassVar)."""
    prefix, name = _split_string_annotation(annotation)
    if name is None:
        return False
    mod = sys.modules.get(cls.__module__)
    ns = getattr(mod, '__dict__', {}) if mod is not None else {}
    if prefix is None:
        # a bare name: what the class's module binds it to is (or subscripts) obj, e.g.
        # T_CV = typing.ClassVar[int] at module level, then 'T_CV'
        v = ns.get(name)
        return obj is not None and v is not None and (
            v is obj or getattr(v, '__origin__', None) is obj
            or (obj is InitVar and type(v) is InitVar))
    module = ns.get(prefix)
    return (module is not None and module is sys.modules.get(module_name)
            and name == obj_name)


def _is_classvar(a, typing):
    if typing is None:
        return False
    cv = getattr(typing, 'ClassVar', None)
    return a is cv or (cv is not None and getattr(a, '__origin__', None) is cv)


def _is_initvar(a):
    return a is InitVar or type(a) is InitVar


def _is_kw_only(a):
    return a is KW_ONLY


def _get_field(cls, name, a_type, default_kw_only):
    # getattr, as CPython: a descriptor's class-level value is the default (AttributeError: none)
    default = getattr(cls, name, MISSING)
    if type(default) is _MemberDescriptor:
        # the slot of a class with its own __slots__ is no default value
        default = MISSING
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = a_type
    f._field_type = _FIELD
    typing = sys.modules.get('typing')
    if _is_classvar(a_type, typing) or (
            isinstance(a_type, str) and typing is not None
            and _string_names(a_type, cls, 'typing', 'ClassVar', typing.ClassVar)):
        f._field_type = _FIELD_CLASSVAR
    if f._field_type is _FIELD and (_is_initvar(a_type) or (
            isinstance(a_type, str) and _string_names(a_type, cls, 'dataclasses', 'InitVar', InitVar))):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError('field %s cannot have a default factory' % (f.name,))
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError('field %s is a ClassVar but specifies kw_only' % (f.name,))
    if f._field_type is _FIELD and f.default is not MISSING and f.default.__class__.__hash__ is None:
        raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                         % (type(f.default), f.name))
    return f


# ---------------------------------------------------------------------------------------------
# Argument binding for the generated __init__ (CPython's messages)

def _name_list(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '%s and %s' % (quoted[0], quoted[1])
    return '%s, and %s' % (', '.join(quoted[:-1]), quoted[-1])


def _plural(n, word):
    return '%d %s%s' % (n, word, '' if n == 1 else 's')


class _InitSpec:
    """Parameters of a generated __init__: positional names, keyword-only names, defaults."""

    def __init__(self, qualname, positional, kwonly, defaults):
        self.qualname = qualname
        self.positional = positional
        self.kwonly = kwonly
        self.defaults = defaults          # name -> default value (or _HAS_DEFAULT_FACTORY)
        self.all_names = set(positional) | set(kwonly)
        self.n_required_pos = sum(1 for n in positional if n not in defaults)

    def bind(self, args, kwargs):
        pos = self.positional
        qn = self.qualname
        values = {}
        nargs = len(args)
        for i in range(min(nargs, len(pos))):
            values[pos[i]] = args[i]
        for k in kwargs:
            if k not in self.all_names:
                raise TypeError("%s() got an unexpected keyword argument '%s'" % (qn, k))
            if k in values:
                raise TypeError("%s() got multiple values for argument '%s'" % (qn, k))
            values[k] = kwargs[k]
        if nargs > len(pos):
            n_pos = len(pos) + 1
            if self.n_required_pos < len(pos):
                takes = 'from %d to %d positional arguments' % (self.n_required_pos + 1, n_pos)
            else:
                takes = _plural(n_pos, 'positional argument')
            kw_given = sum(1 for k in kwargs if k in self.kwonly)
            given = nargs + 1
            if kw_given:
                msg = '%s() takes %s but %s (and %s) were given' % (
                    qn, takes, _plural(given, 'positional argument'),
                    _plural(kw_given, 'keyword-only argument'))
            else:
                msg = '%s() takes %s but %d %s given' % (qn, takes, given,
                                                          'was' if given == 1 else 'were')
            raise TypeError(msg)
        missing = [n for n in pos if n not in values and n not in self.defaults]
        if missing:
            raise TypeError('%s() missing %s: %s' % (
                qn, _plural(len(missing), 'required positional argument'), _name_list(missing)))
        missing = [n for n in self.kwonly if n not in values and n not in self.defaults]
        if missing:
            raise TypeError('%s() missing %s: %s' % (
                qn, _plural(len(missing), 'required keyword-only argument'), _name_list(missing)))
        return values


def _make_init(cls, all_fields, std_fields, kw_fields, frozen, has_post_init, slots=False):
    qualname = cls.__qualname__ + '.__init__'
    positional = [f.name for f in std_fields]
    kwonly = [f.name for f in kw_fields]
    defaults = {}
    for f in std_fields + kw_fields:
        if f.default_factory is not MISSING:
            defaults[f.name] = _HAS_DEFAULT_FACTORY
        elif f.default is not MISSING:
            defaults[f.name] = f.default
    spec = _InitSpec(qualname, positional, kwonly, defaults)
    # What __init__ does per field, in field order: (name, kind, extra)
    #   'arg'      value from the arguments (or its default / factory)
    #   'factory'  init=False field with default_factory: always call it
    steps = []
    initvar_names = []
    for f in all_fields:
        if f._field_type is _FIELD_INITVAR:
            initvar_names.append(f.name)
            continue
        if f._field_type is not _FIELD:
            continue
        if f.init:
            steps.append((f.name, True, f.default_factory))
        elif f.default_factory is not MISSING:
            steps.append((f.name, False, f.default_factory))
        elif slots and f.default is not MISSING:
            # no class attribute holds the default of a slotted class: __init__ sets it
            steps.append((f.name, False, lambda default=f.default: default))
    set_attr = object.__setattr__
    has_factory = _HAS_DEFAULT_FACTORY   # (a closure variable: see _in_module_globals)
    fast_n = len(positional) if not kwonly and not defaults else -1

    def __init__(self, *args, **kwargs):
        if len(args) == fast_n and not kwargs:
            values = dict(zip(positional, args))
        else:
            values = spec.bind(args, kwargs)
        for name, from_args, factory in steps:
            if from_args:
                if name in values:
                    v = values[name]
                    if v is has_factory:
                        v = factory()
                else:
                    v = defaults[name]
                    if v is has_factory:
                        v = factory()
            else:
                v = factory()
            if frozen:
                set_attr(self, name, v)
            else:
                setattr(self, name, v)
        if has_post_init:
            extra = []
            for name in initvar_names:
                if name in values:
                    extra.append(values[name])
                else:
                    extra.append(defaults[name])
            self.__post_init__(*extra)

    __init__ = _in_module_globals(__init__, cls)
    __init__.__qualname__ = qualname
    # as CPython's generated __init__: the fields' annotations, and None returned
    annotations = {f.name: f.type for f in std_fields + kw_fields}
    annotations['return'] = None
    __init__.__annotations__ = annotations
    __init__.__wrapped__ = _signature_stub(__init__, std_fields, kw_fields, defaults, annotations)
    return __init__


def __init__(self):
    raise TypeError('this function only carries the signature of a dataclass __init__')


_init_signature_only = __init__  # (a template whose code is named __init__: no co_name to replace)
del __init__


def _signature_stub(init, std_fields, kw_fields, defaults, annotations):
    """A function with the parameters of CPython's exec'd __init__ (`self, a, b=1, *, c`; the
    first one `__dataclass_self__` when a field is named self), which inspect.signature and
    typing.get_type_hints reach through __init__.__wrapped__. Made by code.replace of a template
    rather than exec'd source (~1.2 ms per class); co_name and co_qualname are the template's
    (replacing them cost 5x the rest). Calling it raises TypeError."""
    names = [f.name for f in std_fields] + [f.name for f in kw_fields]
    varnames = ('__dataclass_self__' if 'self' in names else 'self',) + tuple(names)
    code = _init_signature_only.__code__.replace(
        co_argcount=1 + len(std_fields), co_kwonlyargcount=len(kw_fields),
        co_varnames=varnames, co_nlocals=len(varnames))
    stub = _FunctionType(code, init.__globals__, '__init__')
    stub.__qualname__ = init.__qualname__
    stub.__defaults__ = tuple(defaults[f.name] for f in std_fields if f.name in defaults) or None
    stub.__kwdefaults__ = {f.name: defaults[f.name] for f in kw_fields if f.name in defaults} or None
    stub.__annotations__ = annotations
    return stub


def _in_module_globals(fn, cls):
    """fn rebuilt with the globals of cls's module (its code only uses builtins and closure
    variables), so that typing.get_type_hints resolves string annotations of the generated
    method there, as for CPython's methods exec'd in that module."""
    module = sys.modules.get(cls.__module__)
    g = getattr(module, '__dict__', None)
    if g is None:
        return fn
    return type(fn)(fn.__code__, g, fn.__name__, fn.__defaults__, fn.__closure__)


def _make_repr(cls, repr_fields):
    names = [f.name for f in repr_fields]
    running = set()

    def __repr__(self):
        key = (id(self), _thread.get_ident())  # per thread, as reprlib.recursive_repr
        if key in running:
            return '...'
        running.add(key)
        try:
            parts = ['%s=%r' % (n, getattr(self, n)) for n in names]
        finally:
            running.discard(key)
        return '%s(%s)' % (self.__class__.__qualname__, ', '.join(parts))

    __repr__.__qualname__ = cls.__qualname__ + '.__repr__'
    __repr__._pystm_dataclass_repr = True  # pprint lays out only dataclasses with this repr
    return __repr__


def _tuple_getter(names):
    def values(self):
        return tuple([getattr(self, n) for n in names])
    return values


def _make_eq(cls, compare_fields):
    values = _tuple_getter([f.name for f in compare_fields])

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return values(self) == values(other)
        return NotImplemented

    __eq__.__qualname__ = cls.__qualname__ + '.__eq__'
    return __eq__


def _make_order(cls, compare_fields):
    values = _tuple_getter([f.name for f in compare_fields])

    def __lt__(self, other):
        if other.__class__ is self.__class__:
            return values(self) < values(other)
        return NotImplemented

    def __le__(self, other):
        if other.__class__ is self.__class__:
            return values(self) <= values(other)
        return NotImplemented

    def __gt__(self, other):
        if other.__class__ is self.__class__:
            return values(self) > values(other)
        return NotImplemented

    def __ge__(self, other):
        if other.__class__ is self.__class__:
            return values(self) >= values(other)
        return NotImplemented

    result = []
    for fn in (__lt__, __le__, __gt__, __ge__):
        fn.__qualname__ = cls.__qualname__ + '.' + fn.__name__
        result.append(fn)
    return result


def _make_hash(cls, hash_fields):
    values = _tuple_getter([f.name for f in hash_fields])

    def __hash__(self):
        return hash(values(self))

    __hash__.__qualname__ = cls.__qualname__ + '.__hash__'
    return __hash__


def _make_frozen(cls, field_names):
    names = frozenset(field_names)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot assign to field %r' % (name,))
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot delete field %r' % (name,))
        super(cls, self).__delattr__(name)

    __setattr__.__qualname__ = cls.__qualname__ + '.__setattr__'
    __delattr__.__qualname__ = cls.__qualname__ + '.__delattr__'
    return __setattr__, __delattr__


def _set_new_attribute(cls, name, value):
    """Set unless the class defines it itself; return True when it was already there."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _annotation_text(a):
    if isinstance(a, type):
        if a.__module__ == 'builtins':
            return a.__qualname__
        return '%s.%s' % (a.__module__, a.__qualname__)
    if isinstance(a, str):
        return repr(a)
    r = repr(a)
    if r.startswith('typing.'):
        r = r[7:]
    return r


def _signature_text(cls, std_fields, kw_fields):
    parts = []
    for f in std_fields:
        parts.append(_param_text(f))
    if kw_fields:
        parts.append('*')
        for f in kw_fields:
            parts.append(_param_text(f))
    return '%s(%s)' % (cls.__name__, ', '.join(parts))


def _class_doc(cls, init, std_fields, kw_fields):
    """The class doc string CPython makes: the name and str(inspect.signature(cls)) without
    ' -> None', or the bare name when there is no signature. That signature is the generated
    __init__'s, written out from the fields, unless a metaclass's own __call__, the class's own
    __new__ or an inherited constructor decides (init=False): then it is found as inspect finds
    it (_signature_from_callable) and written out here, without importing inspect."""
    call = type(cls).__call__
    if init and '__new__' not in cls.__dict__ and isinstance(call, _WRAPPER_TYPES):
        try:
            return _signature_text(cls, std_fields, kw_fields)
        except Exception:
            return cls.__name__
    if not isinstance(call, _WRAPPER_TYPES):
        factory = call
    else:
        new = _user_defined(cls.__new__)
        init_fn = _user_defined(cls.__init__)
        if '__new__' in cls.__dict__:
            factory = new
        elif '__init__' in cls.__dict__:
            factory = init_fn
        else:
            factory = new if new is not None else init_fn
        if factory is None:
            if cls.__init__ is object.__init__ and cls.__new__ is object.__new__:
                return cls.__name__ + '()'
            return cls.__name__
    if not isinstance(factory, _FunctionType):
        return cls.__name__
    return cls.__name__ + _function_text(factory)


_WRAPPER_TYPES = (type(type.__call__), type(object().__str__), type(len),
                  type(dict.__dict__['fromkeys']))
_FunctionType = type(_class_doc)


def _user_defined(meth):
    return None if isinstance(meth, _WRAPPER_TYPES) else meth


def _function_text(fn):
    """str(inspect.signature(fn)) without its first parameter (bound to the class) and without
    ' -> None'."""
    code = fn.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkw = code.co_kwonlyargcount
    annotations = fn.__annotations__
    defaults = fn.__defaults__ or ()
    kwdefaults = fn.__kwdefaults__ or {}
    parts = []

    def param(name, prefix='', default=_EMPTY):
        text = prefix + name
        if name in annotations:
            text += ': ' + _annotation_text(annotations[name])
            if default is not _EMPTY:
                text += ' = ' + repr(default)
        elif default is not _EMPTY:
            text += '=' + repr(default)
        return text

    first_default = npos - len(defaults)
    for i in range(1, npos):
        parts.append(param(names[i], default=defaults[i - first_default] if i >= first_default else _EMPTY))
        if i == nposonly - 1:
            parts.append('/')
    index = npos
    if code.co_flags & 0x04:
        parts.append(param(names[npos + nkw], '*'))
    elif nkw:
        parts.append('*')
    for name in names[index:index + nkw]:
        parts.append(param(name, default=kwdefaults.get(name, _EMPTY)))
    if code.co_flags & 0x08:
        parts.append(param(names[npos + nkw + bool(code.co_flags & 0x04)], '**'))
    text = '(%s)' % ', '.join(parts)
    if 'return' in annotations:
        text += ' -> ' + _annotation_text(annotations['return'])
    return text.replace(' -> None', '')


_EMPTY = object()


def _param_text(f):
    text = '%s: %s' % (f.name, _annotation_text(f.type))
    if f.default_factory is not MISSING:
        text += ' = <factory>'
    elif f.default is not MISSING:
        text += ' = %r' % (f.default,)
    return text


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_now = kw_only
    kw_only_seen = False
    for name, a_type in cls_annotations.items():
        if _is_kw_only(a_type) or (isinstance(a_type, str) and _string_names(
                a_type, cls, 'dataclasses', 'KW_ONLY', KW_ONLY)):
            if kw_only_seen:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already been specified' % (name,))
            kw_only_seen = True
            kw_only_now = True
        else:
            cls_fields.append(_get_field(cls, name, a_type, kw_only_now))

    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in list(cls.__dict__.items()):
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError('%r is a field but has no type annotation' % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING
                             or (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields = [f for f in all_init_fields if f.init and not f.kw_only]
    kw_init_fields = [f for f in all_init_fields if f.init and f.kw_only]

    if init:
        seen_default = False
        for f in std_init_fields:
            if f.default is MISSING and f.default_factory is MISSING:
                if seen_default:
                    raise TypeError('non-default argument %r follows default argument' % (f.name,))
            else:
                seen_default = True
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__',
                           _make_init(cls, all_init_fields, std_init_fields, kw_init_fields,
                                      frozen, has_post_init, slots))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        _set_new_attribute(cls, '__repr__', _make_repr(cls, [f for f in field_list if f.repr]))

    if eq:
        _set_new_attribute(cls, '__eq__', _make_eq(cls, [f for f in field_list if f.compare]))

    if order:
        for fn in _make_order(cls, [f for f in field_list if f.compare]):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using '
                                'functools.total_ordering' % (fn.__name__, cls.__name__))

    if frozen:
        for fn in _make_frozen(cls, [f.name for f in field_list]):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s'
                                % (fn.__name__, cls.__name__))

    hash_fields = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % (cls.__name__,))
        cls.__hash__ = _make_hash(cls, hash_fields)
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _make_hash(cls, hash_fields)
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None

    if not getattr(cls, '__doc__'):
        cls.__doc__ = _class_doc(cls, init, std_init_fields, kw_init_fields)

    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    # the generated methods may implement abstract methods of an ABC base
    abc.update_abstractmethods(cls)
    return cls


def _slots_of(cls):
    """The slot names a class declares itself: a str is one name; any other iterable but an
    iterator (already consumed by type()) lists them."""
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        return ()
    if isinstance(slots, str):
        return (slots,)
    if hasattr(slots, '__next__'):
        raise TypeError("Slots of '%s' cannot be determined" % (cls.__name__,))
    return tuple(slots)


def _add_slots(cls, is_frozen, weakref_slot):
    if '__slots__' in cls.__dict__:
        raise TypeError('%s already specifies __slots__' % (cls.__name__,))
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for b in cls.__mro__[1:-1]:
        inherited.update(_slots_of(b))
    slots = [n for n in field_names if n not in inherited]
    if weakref_slot and '__weakref__' not in inherited:
        slots.append('__weakref__')
    cls_dict['__slots__'] = tuple(slots)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    # Generated methods close over the old class; rebuild the ones that compare classes.
    if is_frozen:
        setter, deleter = _make_frozen(new_cls, field_names)
        if cls_dict.get('__setattr__') is not None and getattr(cls_dict['__setattr__'], '__qualname__', '') == cls.__qualname__ + '.__setattr__':
            new_cls.__setattr__ = setter
            new_cls.__delattr__ = deleter

        def __getstate__(self):
            return [getattr(self, n) for n in field_names]

        def __setstate__(self, state):
            for n, v in zip(field_names, state):
                object.__setattr__(self, n, v)

        if '__getstate__' not in cls_dict:
            new_cls.__getstate__ = __getstate__
        if '__setstate__' not in cls_dict:
            new_cls.__setstate__ = __setstate__
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add __init__, __repr__, __eq__ (and more on request) to a class from its annotations."""

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The Field objects of a dataclass (type or instance), ClassVars and InitVars left out."""
    try:
        fs = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fs.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Recursively convert a dataclass instance to a dict (other values are deep-copied)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Recursively convert a dataclass instance to a tuple (other values are deep-copied)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance of obj's dataclass with some fields replaced."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be specified '
                                 'with replace()' % (f.name,))
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError('InitVar %r must be specified with replace()' % (f.name,))
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True,
                   order=False, unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
                   slots=False, weakref_slot=False, module=None):
    """Create a dataclass from (name), (name, type) or (name, type, Field) items."""
    namespace = {} if namespace is None else namespace.copy()
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r' % (name,))
        if name in _KEYWORDS:
            raise TypeError('Field names must not be keywords: %r' % (name,))
        if name in seen:
            raise TypeError('Field name duplicated: %r' % (name,))
        seen.add(name)
        annotations[name] = tp
    namespace.update(defaults)
    namespace['__annotations__'] = annotations
    # types.new_class, as a class statement: bases such as Parent[int] or Generic[T] are
    # resolved through __mro_entries__ and the metaclass is chosen from the resolved ones
    import types
    cls = types.new_class(cls_name, tuple(bases), {}, lambda ns: ns.update(namespace))
    if module is None:
        try:
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = None
    if module is not None:
        cls.__module__ = module
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
