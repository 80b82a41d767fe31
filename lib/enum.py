# enum — Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique for pystm, written from the
# documented behaviour of CPython 3.11's enum (not copied from CPython).
# How it works: EnumType.__prepare__ returns an _EnumDict that records member names in definition
# order (resolving auto() values as they are assigned); EnumType.__new__ swaps each member value in
# the class namespace for a _ProtoMember whose __set_name__ (run by type.__new__) builds the real
# member, so members already exist when __init_subclass__ runs, as in CPython 3.11. Lookup by value
# goes through _value2member_map_ (or a linear scan for unhashable values), then _missing_.
# Flag pseudo-members (combinations) are created on demand and cached in _value2member_map_.

import sys

__all__ = [
    'EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
    'auto', 'unique', 'property', 'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
    'member', 'nonmember', 'global_enum', 'global_str', 'global_enum_repr', 'global_flag_repr', 'pickle_by_global_name',
    'pickle_by_enum_name',
]

_builtin_property = property
from types import DynamicClassAttribute as _DynamicClassAttribute
_MappingProxy = type(type.__dict__)

Enum = Flag = EJECT = ReprEnum = None  # bound below; EnumType checks for None


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Placeholder: the member's value is produced by _generate_next_value_."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class member:
    """Force a value to become a member (e.g. a function)."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keep a value from becoming a member."""

    def __init__(self, value):
        self.value = value


class property(_DynamicClassAttribute):
    """A property for enum members whose class-level access finds a member of the same name
    (so members may be called 'name' or 'value'). A types.DynamicClassAttribute, as CPython's:
    inspect.getmembers(EnumClass) lists name and value through that."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, '__doc__', None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))
        self.name = getattr(fget, '__name__', None)

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if ownerclass is not None:
                m = ownerclass.__dict__.get('_member_map_', {}).get(self.name)
                if m is not None:
                    return m
            raise AttributeError('%r has no attribute %r' % (ownerclass, self.name))
        if self.fget is None:
            raise AttributeError('%r has no attribute %r' % (instance, self.name))
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("<enum %r> cannot set attribute %r"
                                 % (type(instance).__name__, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("<enum %r> cannot delete attribute %r"
                                 % (type(instance).__name__, self.name))
        self.fdel(instance)


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_descriptor(obj):
    # CPython 3.11 looks on the object itself (an instance attribute __get__ counts)
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_internal_class(cls_name, obj):
    """A class defined in the body of the enum being created (its __qualname__ says so)."""
    if not isinstance(obj, type):
        return False
    nested = cls_name + '.' + getattr(obj, '__name__', '')
    qualname = getattr(obj, '__qualname__', '')
    return qualname == nested or qualname.endswith('.' + nested)


def _is_private(cls_name, name):
    """A name that class-private mangling produced (_Cls__x, not ending in __): an ordinary
    attribute of the enum, never a member nor a reserved _sunder_ name."""
    prefix = '_%s__' % (cls_name,)
    return (len(name) > len(prefix) and name.startswith(prefix)
            and not name.endswith('__'))


def _is_single_bit(n):
    return n != 0 and (n & (n - 1)) == 0


def _bits_lsb(n):
    """The single-bit values set in n, lowest first."""
    while n:
        b = n & (-n)
        yield b
        n ^= b


_builtin_bin = bin


def _bin(n, max_bits=None):
    """'0b0 1010'-style binary as CPython's flag error messages show it."""
    ceiling = 2 ** (n.bit_length())
    if n >= 0:
        s = _builtin_bin(n + ceiling).replace('1', '0', 1)
    else:
        s = _builtin_bin(~n ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return '%s %s' % (sign, digits)


def bin(num, max_bits=None):
    """
    Binary text of an int in two's complement: the digit after '0b' is the sign bit (0 for
    zero and positive numbers, 1 for negative ones), then a space and the other bits;
    max_bits pads to that many bits with the sign bit.

    >>> bin(5)
    '0b0 101'
    >>> bin(-6)
    '0b1 010'
    >>> bin(3, 6)
    '0b0 000011'
    """
    return _bin(num, max_bits)


_ALLOWED_SUNDER = ('_order_', '_generate_next_value_', '_missing_', '_ignore_',
                   '_numeric_repr_', '_iter_member_', '_iter_member_by_value_',
                   '_iter_member_by_def_', '_settle_', '_add_alias_', '_add_value_alias_')


class _EnumDict(dict):
    """Class namespace of an enum body: remembers member names in order, resolves auto()."""

    def __init__(self):
        dict.__init__(self)
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._cls_name = None

    def __setitem__(self, key, value):
        if self._cls_name is not None and _is_internal_class(self._cls_name, value):
            import warnings
            warnings.warn('In 3.13 classes created inside an enum will not become a member.  '
                          'Use the `member` decorator to keep the current behavior.',
                          DeprecationWarning, stacklevel=2)
        if key in self._ignore:
            # usable in the body (e.g. a loop variable); EnumType.__new__ drops it
            dict.__setitem__(self, key, value)
            return
        if self._cls_name is not None and _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in _ALLOWED_SUNDER:
                raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use'
                                 % (key,))
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError('_generate_next_value_ must be defined before members')
                gnv = value.__func__ if isinstance(value, staticmethod) else value
                dict.__setitem__(self, '_generate_next_value', gnv)
            elif key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                else:
                    value = list(value)
                self._ignore = value
                for name in value:
                    if name in self._member_names:
                        raise ValueError('_ignore_ cannot specify already set names: %r'
                                         % (name,))
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value) and not isinstance(value, member):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            value = self._resolve_auto(key, value)
            self._member_names[key] = None
        dict.__setitem__(self, key, value)

    def update(self, members=(), **more_members):
        # vars().update(...) in an enum body: every key goes through __setitem__
        if hasattr(members, 'keys'):
            for name in members.keys():
                self[name] = members[name]
        else:
            for name, value in members:
                self[name] = value
        for name, value in more_members.items():
            self[name] = value

    def _resolve_auto(self, key, value):
        """The member value with auto() resolved; each auto()'s value, or else the whole value,
        is appended to _last_values (so auto(), auto() on one line counts up twice)."""
        if isinstance(value, auto):
            self._resolve_one(key, value)
            return value.value
        if type(value) is tuple and any(isinstance(v, auto) for v in value):
            for v in value:
                if isinstance(v, auto):
                    self._resolve_one(key, v)
            return tuple(v.value if isinstance(v, auto) else v for v in value)
        self._last_values.append(value)
        return value

    def _resolve_one(self, key, a):
        if a.value is _auto_null:
            self._auto_called = True
            gnv = dict.get(self, '_generate_next_value')
            if gnv is None:
                gnv = self._base_gnv
            a.value = gnv(key, 1, len(self._member_names), self._last_values[:])
        self._last_values.append(a.value)


class _ProtoMember:
    """Stands in for a member value in the class namespace until __set_name__ makes the member."""

    def __init__(self, value):
        self.value = value

    def __set_name__(self, enum_class, member_name):
        type.__delattr__(enum_class, member_name)
        value = self.value
        if isinstance(value, tuple):
            args = value
        else:
            args = (value,)
        if enum_class._member_type_ is tuple:
            args = (args,)
        new = enum_class._new_member_
        if not enum_class._use_args_:
            m = new(enum_class)
        else:
            m = new(enum_class, *args)
        if not hasattr(m, '_value_'):
            if enum_class._member_type_ is object:
                m._value_ = value
            else:
                try:
                    m._value_ = enum_class._member_type_(*args)
                except Exception as exc:
                    new_exc = TypeError('_value_ not set in __new__, unable to create it')
                    new_exc.__cause__ = exc
                    raise new_exc
        value = m._value_
        m._name_ = member_name
        m.__objclass__ = enum_class
        m.__init__(*args)
        m._sort_order_ = len(enum_class._member_names_)

        if Flag is not None and issubclass(enum_class, Flag):
            if isinstance(value, int):
                enum_class._flag_mask_ |= value
                if _is_single_bit(value):
                    enum_class._singles_mask_ |= value
            enum_class._all_bits_ = 2 ** (enum_class._flag_mask_.bit_length()) - 1

        # Alias of an existing member?
        existing = None
        try:
            existing = enum_class._value2member_map_.get(value)
        except TypeError:
            for other in enum_class._member_map_.values():
                if other._value_ == value:
                    existing = other
                    break
        if existing is None:
            for other in enum_class._member_map_.values():
                if other._value_ == value:
                    existing = other
                    break
        if existing is not None:
            m = existing
        elif (Flag is None or not issubclass(enum_class, Flag)
              or (isinstance(value, int) and _is_single_bit(value))):
            enum_class._member_names_.append(member_name)

        # Store on the class; where a base has a property-like descriptor of that name (the
        # name/value properties, a DynamicClassAttribute), an enum.property that finds the
        # member at class level and keeps the descriptor's accessors for instances.
        found = None
        for base in enum_class.__mro__[1:]:
            d = base.__dict__.get(member_name)
            if d is None or isinstance(d, _ProtoMember):
                continue
            if isinstance(d, (property, _builtin_property)):
                found = d
                break
            if hasattr(d, 'fget') and hasattr(d, 'fset') and hasattr(d, 'fdel'):
                found = d
        if found is not None:
            redirect = property(found.fget, found.fset, found.fdel)
            redirect.__set_name__(enum_class, member_name)
            type.__setattr__(enum_class, member_name, redirect)
        else:
            type.__setattr__(enum_class, member_name, m)
        enum_class._member_map_[member_name] = m
        try:
            enum_class._value2member_map_.setdefault(value, m)
        except TypeError:
            enum_class._unhashable_values_.append(value)


def _find_data_type(bases, class_name=None):
    """The data type mixed into an enum: per base chain, the class nearest the enum whose MRO
    reaches one defining __new__ (or a dataclass); more than one such type is an error. A mixin
    with only __init__ (or nothing) is not a data type: the members are then plain objects."""
    data_types = []
    for chain in bases:
        candidate = None
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    if base._member_type_ not in data_types:
                        data_types.append(base._member_type_)
                    break
            elif '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
                found = candidate or base
                if found not in data_types:
                    data_types.append(found)
                break
            else:
                candidate = candidate or base
    if len(data_types) > 1:
        raise TypeError('too many data types for %r: %r' % (class_name, set(data_types)))
    return data_types[0] if data_types else object


def _find_new(classdict, member_type, first_enum):
    """(callable that creates a member, whether it takes the value args)."""
    new = classdict.get('__new__')
    if new is not None:
        return new, True
    for base in (first_enum, member_type):
        for method in ('__new_member__', '__new__'):
            target = getattr(base, method, None)
            if target is None:
                continue
            if target is object.__new__ or target is _enum_new:
                continue
            if method == '__new__' and isinstance(base, EnumType):
                continue
            return target, True
    return object.__new__, False


def _enum_new(cls, value):
    """Enum.__new__: look a member up by value (Color(1))."""
    if type(value) is cls:
        return value
    try:
        return cls._value2member_map_[value]
    except KeyError:
        pass
    except TypeError:
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
    # not found: a class without members got here through super().__new__ in a member __new__
    if not cls._member_map_:
        raise TypeError('%r has no members defined' % cls)
    exc = None
    try:
        result = cls._missing_(value)
    except Exception as e:
        exc = e
        result = None
    if isinstance(result, cls):
        return result
    if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT and isinstance(result, int):
        return result
    ve = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
    if result is None and exc is None:
        raise ve
    if exc is None:
        exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                        % (cls.__name__, result))
    if not isinstance(exc, ValueError):
        exc.__context__ = ve
    raise exc


def _find_data_repr(bases):
    """The repr used for member values: the nearest enum's _value_repr_, or the __repr__ a
    mixed-in data type defines itself (HexInt's, int's, date's), else None (plain repr)."""
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                return base.__dict__.get('_value_repr_', getattr(base, '_value_repr_', None))
            if '__repr__' in base.__dict__:
                return base.__dict__['__repr__']
    return None


def _settle_data_methods(enum_class, classdict, member_type, first_enum, bases):
    """With a mixed-in data type (int, str, ...) its repr/str/format would win by MRO; give the
    enum's own back (those of the nearest enum base), unless a mixin or base overrides them. A
    direct ReprEnum subclass keeps the data type's str() and format()."""
    defined = set(classdict) | set(enum_class.__dict__)
    if ReprEnum is not None and ReprEnum in bases:
        if '__format__' not in defined:
            type.__setattr__(enum_class, '__format__', member_type.__format__)
            defined.add('__format__')
        if '__str__' not in defined:
            method = member_type.__str__
            if method is object.__str__:
                method = member_type.__repr__
            type.__setattr__(enum_class, '__str__', method)
            defined.add('__str__')
    for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
        if name in defined:
            continue
        found = getattr(enum_class, name)
        if found is getattr(member_type, name) or found is getattr(object, name):
            type.__setattr__(enum_class, name, getattr(first_enum, name))


class EnumType(type):
    """Metaclass of Enum: collects members, supports iteration, len, lookup and containment."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        d = _EnumDict()
        d._cls_name = cls
        first_enum = bases[-1] if bases else None
        gnv = getattr(first_enum, '_generate_next_value_', None)
        d._base_gnv = gnv if gnv is not None else _default_gnv
        return d

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if not isinstance(classdict, _EnumDict):
            ns = metacls.__prepare__(cls, bases)
            for k, v in classdict.items():
                ns[k] = v
            classdict = ns
        ignore = classdict._ignore
        for key in ignore:
            dict.pop(classdict, key, None)
        member_names = list(classdict._member_names)
        invalid_names = set(member_names) & {'mro', ''}
        if invalid_names:
            raise ValueError('invalid enum member name(s) %s' % (
                ','.join(repr(n) for n in invalid_names)))
        if bases and not isinstance(bases[-1], EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        member_type = _find_data_type(bases, cls)
        first_enum = None
        for b in reversed(bases):
            if isinstance(b, EnumType):
                first_enum = b
                break
        if first_enum is None and bases:
            first_enum = bases[-1]
        new, use_args = _find_new(classdict, member_type, first_enum)

        ns = dict(classdict)
        if '_generate_next_value' in ns:
            ns['_generate_next_value_'] = staticmethod(ns.pop('_generate_next_value'))
        order = ns.pop('_order_', None)
        ns.pop('_ignore_', None)
        for name in member_names:
            ns[name] = _ProtoMember(ns[name])
        ns['_new_member_'] = new
        ns['_use_args_'] = use_args
        ns['_member_names_'] = []
        ns['_member_map_'] = {}
        ns['_value2member_map_'] = {}
        ns['_unhashable_values_'] = []
        ns['_member_type_'] = member_type
        if '_value_repr_' not in ns:
            ns['_value_repr_'] = _find_data_repr(bases)
        if '__new__' in ns:
            ns['__new_member__'] = ns['__new__']
        ns['__new__'] = _enum_new
        if Flag is not None and any(issubclass(b, Flag) for b in bases if isinstance(b, EnumType)):
            ns['_boundary_'] = (boundary if boundary is not None
                                else getattr(first_enum, '_boundary_', None))
            ns['_flag_mask_'] = 0
            ns['_singles_mask_'] = 0
            ns['_all_bits_'] = 0
        elif boundary is not None:
            ns['_boundary_'] = boundary
        error = None
        try:
            enum_class = type.__new__(metacls, cls, bases, ns, **kwds)
        except RuntimeError as e:
            # type.__new__ wraps errors raised by __set_name__ (member creation): unwrap them
            # (raised outside the handler, so they keep their own __cause__ and __context__)
            error = e.__cause__ or e
        if error is not None:
            raise error
        if member_type is not object and first_enum is not None:
            _settle_data_methods(enum_class, classdict, member_type, first_enum, bases)

        if Flag is not None and issubclass(enum_class, Flag):
            # Flag's operators even when a mixed-in data type (int) comes first in the MRO
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                         '__invert__'):
                if name not in classdict:
                    type.__setattr__(enum_class, name, Flag.__dict__[name])
            enum_class._all_bits_ = 2 ** (enum_class._flag_mask_.bit_length()) - 1

        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            members = enum_class._member_map_
            if Flag is not None and issubclass(enum_class, Flag):
                # a Flag's _order_ may list multi-bit members: they are not in _member_names_
                order = [o for o in order
                         if o not in members or _is_single_bit(members[o]._value_)]
            # nor are aliases
            order = [o for o in order if o not in members or o in enum_class._member_names_]
            if list(order) != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, list(order)))
        return enum_class

    @classmethod
    def _check_for_existing_members_(metacls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError('<enum %r> cannot extend %r' % (class_name, base))

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None, as_global=False):
        """A new enum of this kind from a module's constants that pass filter (members sorted
        by value, then name, so the first name of a value wins), exported back to the module
        with its members (socket's AddressFamily, signal's Signals)."""
        module_globals = sys.modules[module].__dict__
        source = source.__dict__ if source else module_globals
        members = [(n, v) for n, v in source.items() if filter(n)]
        try:
            members.sort(key=lambda t: (t[1], t[0]))
        except TypeError:
            members.sort(key=lambda t: t[0])
        new = cls(name, members, module=module,
                  boundary=boundary or (KEEP if issubclass(cls, Flag) else None))
        if as_global:
            global_enum(new)
        else:
            module_globals.update(new.__members__)
        module_globals[name] = new
        return new

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last_values = []
            for count, name in enumerate(original):
                value = classdict._base_gnv(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if isinstance(names, dict):
            names = list(names.items())
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __bool__(cls):
        return True

    def __contains__(cls, value):
        # 3.11: a member of any enum answers (False for another enum's), anything else is a
        # TypeError announced by a DeprecationWarning
        if isinstance(value, Enum):
            return isinstance(value, cls) and value._name_ in cls._member_map_
        import warnings
        warnings.warn("in 3.12 __contains__ will no longer raise TypeError, but will return "
                      "True or\nFalse depending on whether the value is a member or the value "
                      "of a member", DeprecationWarning, stacklevel=2)
        raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                        % (type(value).__qualname__, cls.__class__.__qualname__))

    def __delattr__(cls, attr):
        if attr in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        type.__delattr__(cls, attr)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name,))
        type.__setattr__(cls, name, value)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        try:
            return _MappingProxy(cls._member_map_)
        except TypeError:
            return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    def __dir__(cls):
        names = ['__class__', '__contains__', '__doc__', '__getitem__', '__init_subclass__',
                 '__iter__', '__len__', '__members__', '__module__', '__name__', '__qualname__']
        names += cls._member_names_
        if cls._new_member_ is not object.__new__:
            names.append('__new__')
        if cls.__init_subclass__ is not object.__init_subclass__:
            names.append('__init_subclass__')
        if cls._member_type_ is object:
            return sorted(set(names))
        return sorted(set(names) | set(dir(cls._member_type_)))


EnumMeta = EnumType


def _default_gnv(name, start, count, last_values):
    """auto() for plain enums: one more than the last value. When the values so far are not
    sortable, or the last is not the largest, 3.11 warns (3.13 will use the largest + 1) and
    takes one more than the last value that supports + 1, else start."""
    if not last_values:
        return start
    try:
        last = last_values[-1]
        last_values.sort()   # (in place, as CPython's: the fallback below then sees it sorted)
        if last == last_values[-1]:
            return last + 1
        raise TypeError
    except TypeError:
        import warnings
        # stacklevel: this, Enum._generate_next_value_, _resolve_one, _resolve_auto,
        # __setitem__, then the class body that assigned auto()
        warnings.warn(
            'In 3.13 the default `auto()`/`_generate_next_value_` will require all values to be '
            'sortable and support adding +1\nand the value returned will be the largest value in '
            'the enum incremented by 1', DeprecationWarning, stacklevel=6)
    for v in reversed(last_values):
        try:
            return v + 1
        except TypeError:
            pass
    return start


class Enum(metaclass=EnumType):
    """
    Base class of enumerations: each member has a .name and a .value.

    >>> class Planet(Enum):
    ...     MERCURY = 1
    ...     VENUS = 2
    ...     EARTH = 3

    Members are found by attribute, by value and by name:

    >>> Planet.VENUS
    <Planet.VENUS: 2>
    >>> Planet(3).name, Planet['MERCURY'].value
    ('EARTH', 1)

    The class iterates over its members in definition order:

    >>> len(Planet), [p.name for p in Planet]
    (3, ['MERCURY', 'VENUS', 'EARTH'])
    """

    def __new__(cls, value):
        return _enum_new(cls, value)

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        return _default_gnv(name, start, count, last_values)

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __dir__(self):
        # CPython 3.11's: public names of the instance and of every class in the MRO; an
        # enum.property counts when it has a getter or does not shadow a member
        if self.__class__._member_type_ is object:
            interesting = {'__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name',
                           'value'}
        else:
            interesting = set(object.__dir__(self))
        for name in getattr(self, '__dict__', []):
            if name[0] != '_':
                interesting.add(name)
        for cls in self.__class__.mro():
            for name, obj in cls.__dict__.items():
                if name[0] == '_':
                    continue
                if isinstance(obj, property):
                    if obj.fget is not None or name not in self._member_map_:
                        interesting.add(name)
                    else:
                        interesting.discard(name)
                elif name not in self._member_map_:
                    interesting.add(name)
        return sorted({'__class__', '__doc__', '__eq__', '__hash__', '__module__'} | interesting)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


Enum._value_repr_ = None
Enum.__new_member__ = object.__new__


class ReprEnum(Enum):
    """Only the repr is the enum's; str() and format() are the mixed-in type's."""


class IntEnum(int, ReprEnum):
    """Enum whose members are also ints."""


IntEnum._value_repr_ = int.__repr__


class StrEnum(str, ReprEnum):
    """Enum whose members are also strs."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2],))
        value = str(*values)
        m = str.__new__(cls, value)
        m._value_ = value
        return m

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


StrEnum._value_repr_ = str.__repr__


class FlagBoundary(StrEnum):
    """What Flag does with values holding bits that no member names."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary.STRICT, FlagBoundary.CONFORM, FlagBoundary.EJECT, FlagBoundary.KEEP


def _flag_gnv(name, start, count, last_values):
    if not count:
        return start if start is not None else 1
    last = max(last_values)
    try:
        high = last.bit_length() - 1
    except Exception:
        raise TypeError('invalid flag value %r' % (last,)) from None
    return 2 ** (high + 1)


class Flag(Enum, boundary=STRICT):
    """Enum whose members combine with |, & and ^ and test with `in`."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        return _flag_gnv(name, start, count, last_values)

    @classmethod
    def _iter_member_by_value_(cls, value):
        for bit in _bits_lsb(value & cls._flag_mask_):
            m = cls._value2member_map_.get(bit)
            if m is not None:
                yield m

    @classmethod
    def _iter_member_by_def_(cls, value):
        return sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    _iter_member_ = _iter_member_by_def_

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if (not ~all_bits <= value <= all_bits) or value & (all_bits ^ flag_mask):
            boundary = cls._boundary_
            if boundary is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, _bin(value, max_bits), _bin(flag_mask, max_bits)))
            if boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, boundary))
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        aliases = value & ~singles_mask
        member_value = value & singles_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        if member_value or aliases:
            # the single-bit members, then every other member (multi-bit ones, aliases) whose
            # bits are all set; bits that no member covers are shown as a number
            members = list(cls._iter_member_(member_value))
            combined = 0
            for m in members:
                combined |= m._value_
            if aliases:
                for m in cls._member_map_.values():
                    if m not in members and m._value_ and m._value_ & value == m._value_:
                        members.append(m)
                        combined |= m._value_
            unknown = value ^ combined
            if not combined:
                pseudo._name_ = None
            elif unknown and cls._boundary_ is STRICT:
                raise ValueError('%r: no members with value %r' % (cls, unknown))
            else:
                pseudo._name_ = '|'.join(m._name_ for m in members)
                if unknown:
                    pseudo._name_ += '|%s' % (cls._numeric_repr_(unknown),)
        else:
            pseudo._name_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(list(self._iter_member_(self._value_)))

    def __len__(self):
        return _builtin_bin(self._value_).count('1')

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, v_repr(self._value_))
        return '<%s.%s: %s>' % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        cls = self.__class__
        if cls._boundary_ in (EJECT, KEEP):
            return cls(~self._value_)
        return cls(cls._singles_mask_ & ~self._value_)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are also ints."""

    # int comes first in the MRO: take Flag's operators back so results stay IntFlags.
    __or__ = __ror__ = Flag.__or__
    __and__ = __rand__ = Flag.__and__
    __xor__ = __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__


IntFlag._value_repr_ = int.__repr__


def unique(enumeration):
    """Class decorator: raise ValueError when an enum has aliases."""
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m.name:
            duplicates.append((name, m.name))
    if duplicates:
        alias_details = ', '.join('%s -> %s' % (alias, name) for alias, name in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


def _global_module_name(member):
    # the last component of a dotted module name
    return member.__class__.__module__.rpartition('.')[2]


def global_enum_repr(self):
    """repr() of a member of a global enum: module.NAME."""
    return '%s.%s' % (_global_module_name(self), self._name_)


def global_flag_repr(self):
    """repr() of a global flag: module.NAME for each named bit, digits left alone (KEEP)."""
    module = _global_module_name(self)
    if self._name_ is None:
        return '%s.%s(%r)' % (module, self.__class__.__name__, self._value_)
    parts = self._name_.split('|')
    return '|'.join(p if p[:1].isdigit() else '%s.%s' % (module, p) for p in parts)


def global_str(self):
    """str() of a member of a global enum: its bare name."""
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Decorator: members' repr names the module instead of the class (and so does str, unless
    the enum is a ReprEnum), and the members are exported into the module namespace."""
    cls.__repr__ = global_flag_repr if issubclass(cls, Flag) else global_enum_repr
    if update_str or not issubclass(cls, ReprEnum):
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def show_flag_values(value):
    return list(_bits_lsb(value))


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """
    Class decorator (used by the standard library, e.g. ast._Precedence): makes an `etype`
    enum of the decorated plain class, its members in definition order.

    >>> @_simple_enum(IntEnum)
    ... class Size:
    ...     SMALL = 1
    ...     LARGE = 2
    >>> Size, Size.LARGE, Size(1)
    (<enum 'Size'>, <Size.LARGE: 2>, <Size.SMALL: 1>)
    """
    def convert(cls):
        metacls = type(etype)
        classdict = metacls.__prepare__(cls.__name__, (etype,))
        for key, value in cls.__dict__.items():
            if key in ('__dict__', '__weakref__'):
                continue
            classdict[key] = value
        kwds = {} if boundary is None else {'boundary': boundary}
        return metacls(cls.__name__, (etype,), classdict, **kwds)
    return convert


def _iter_bits_lsb(num):
    """The single-bit values set in a non-negative int (or int-valued member), lowest first
    (a generator: a negative number raises ValueError when iterated, as CPython's)."""
    original = num
    if isinstance(num, Enum):
        num = num.value
    if num < 0:
        raise ValueError('%r is not a positive integer' % original)
    yield from _bits_lsb(num)


def _make_class_unpicklable(obj):
    """Make an enum class (or a class namespace dict) refuse pickling."""
    def _break_on_call_reduce(self, proto):
        raise TypeError('%r cannot be pickled' % self)
    if isinstance(obj, dict):
        obj['__reduce_ex__'] = _break_on_call_reduce
        obj['__module__'] = '<unknown>'
    else:
        setattr(obj, '__reduce_ex__', _break_on_call_reduce)
        setattr(obj, '__module__', '<unknown>')


def pickle_by_global_name(self, proto):
    """__reduce_ex__ for members exported as module globals: pickled by name."""
    return self.name


_reduce_ex_by_global_name = pickle_by_global_name


def pickle_by_enum_name(self, proto):
    """__reduce_ex__ that pickles a member as getattr(its class, its name)."""
    return getattr, (self.__class__, self._name_)


def _high_bit(value):
    """The index of the highest set bit (-1 for 0)."""
    return value.bit_length() - 1


class EnumCheck(StrEnum):
    """various conditions to check an enumeration for"""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck
__all__ += ['EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE', 'verify']


class verify:
    """Check an enumeration for various constraints (see EnumCheck)."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        if issubclass(enumeration, Flag):
            enum_type = 'flag'
        elif issubclass(enumeration, Enum):
            enum_type = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                duplicates = [(name, m.name) for name, m in enumeration.__members__.items()
                              if name != m.name]
                if duplicates:
                    raise ValueError('aliases found in %r: %s' % (
                        enumeration, ', '.join('%s -> %s' % d for d in duplicates)))
            elif check is CONTINUOUS:
                values = set(e.value for e in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if enum_type == 'flag':
                    missing = [2 ** i for i in range(_high_bit(low) + 1, _high_bit(high))
                               if 2 ** i not in values]
                else:
                    missing = [i for i in range(low + 1, high) if i not in values]
                if missing:
                    raise ValueError(('invalid %s %r: missing values %s' % (
                        enum_type, cls_name, ', '.join(str(m) for m in missing)))[:256])
            elif check is NAMED_FLAGS:
                member_names = enumeration._member_names_
                member_values = [m.value for m in enumeration]
                missing_names = []
                missing_value = 0
                for name, alias in enumeration._member_map_.items():
                    if name in member_names or alias.value < 0:
                        continue
                    missed = [v for v in _iter_bits_lsb(alias.value) if v not in member_values]
                    if missed:
                        missing_names.append(name)
                        for v in missed:
                            missing_value |= v
                if missing_names:
                    if len(missing_names) == 1:
                        alias = 'alias %s is missing' % missing_names[0]
                    else:
                        alias = 'aliases %s and %s are missing' % (
                            ', '.join(missing_names[:-1]), missing_names[-1])
                    if _is_single_bit(missing_value):
                        value = 'value 0x%x' % missing_value
                    else:
                        value = 'combined values of 0x%x' % missing_value
                    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) '
                                     'for details]' % (cls_name, alias, value))
        return enumeration


def _test_simple_enum(checked_enum, simple_enum):
    """
    Compares an enum made by _simple_enum with one made by subclassing; TypeError listing the
    differences (class keys, members' attributes, inherited special methods).

    >>> @_simple_enum(Enum)
    ... class Shape:
    ...     ROUND = auto()
    ...     SQUARE = auto()
    >>> class CheckedShape(Enum):
    ...     ROUND = auto()
    ...     SQUARE = auto()
    >>> _test_simple_enum(CheckedShape, Shape)
    """
    failed = []
    checked_dict = dict(checked_enum.__dict__)
    simple_dict = dict(simple_enum.__dict__)
    if checked_dict != simple_dict:
        member_names = set(list(checked_enum._member_map_) + list(simple_enum._member_map_))
        for key in set(list(checked_dict) + list(simple_dict)):
            if key in ('__module__', '_member_map_', '_value2member_map_', '__doc__'):
                continue
            if key in member_names:
                continue
            if key not in simple_dict:
                failed.append("missing key: %r" % (key,))
            elif key not in checked_dict:
                failed.append("extra key:   %r" % (key,))
            else:
                checked_value = checked_dict[key]
                simple_value = simple_dict[key]
                if callable(checked_value) or isinstance(checked_value, _builtin_property):
                    continue
                if checked_value != simple_value:
                    failed.append("%r:\n         checked -> %r\n         simple  -> %r"
                                  % (key, checked_value, simple_value))
        failed.sort()
        for name in member_names:
            failed_member = []
            if name not in simple_dict:
                failed.append('missing member from simple enum: %r' % name)
            elif name not in checked_dict:
                failed.append('extra member in simple enum: %r' % name)
            else:
                cmd = checked_enum[name].__dict__
                smd = simple_enum[name].__dict__
                for key in set(list(cmd) + list(smd)):
                    if key in ('__module__', '__objclass__', '_inverted_'):
                        continue
                    if key not in smd:
                        failed_member.append("missing key %r not in the simple enum member %r"
                                             % (key, name))
                    elif key not in cmd:
                        failed_member.append("extra key %r in simple enum member %r" % (key, name))
                    elif cmd[key] != smd[key]:
                        failed_member.append("%r:\n         checked member -> %r\n         "
                                             "simple member  -> %r" % (key, cmd[key], smd[key]))
            if failed_member:
                failed.append('%r member mismatch:\n      %s' % (name, '\n      '.join(failed_member)))
        for method in ('__str__', '__repr__', '__reduce_ex__', '__format__',
                       '__getnewargs_ex__', '__getnewargs__', '__reduce__'):
            if method in simple_dict or method in checked_dict:
                continue
            checked_method = getattr(checked_enum, method, None)
            simple_method = getattr(simple_enum, method, None)
            if hasattr(checked_method, '__func__'):
                checked_method = checked_method.__func__
                simple_method = simple_method.__func__
            if checked_method != simple_method:
                failed.append("%r:  %-30s %s" % (method, "checked -> %r" % (checked_method,),
                                                  "simple -> %r" % (simple_method,)))
    if failed:
        raise TypeError('enum mismatch:\n   %s' % '\n   '.join(failed))
