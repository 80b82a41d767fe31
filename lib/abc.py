# abc for pystm: abstract base classes (ABCMeta, ABC, abstractmethod, register, the
# isinstance/issubclass hooks). Written for pystm from the documented behaviour; no CPython code.
# Each ABC keeps one `_abc_impl` record: registered virtual subclasses plus positive and
# negative subclass caches; the negative cache is dropped whenever any ABC registers a class
# (a global counter, get_cache_token()). Caches hold strong references (no weakref module).
# The VM supplies the rest: setting `__abstractmethods__` on a class marks it abstract and
# object.__new__ refuses it ("Can't instantiate abstract class X with abstract methods a, b"),
# isinstance()/issubclass() call the metaclass hooks, and type.__subclasses__() exists;
# _pystm_abc sets the sequence/mapping flags that match statements test (__abc_tpflags__).

try:
    from _pystm_abc import init_flags as _abc_init_flags, register_flags as _abc_register_flags
except ImportError:  # (lib/ run by CPython, spec/unit/lib_modules.test.ts): no flags to set
    def _abc_init_flags(cls):
        return False

    def _abc_register_flags(cls, subclass):
        pass

__all__ = ['ABCMeta', 'ABC', 'abstractmethod', 'abstractclassmethod', 'abstractstaticmethod',
           'abstractproperty', 'get_cache_token', 'update_abstractmethods']


def abstractmethod(funcobj):
    """Mark a method abstract: a class whose ABCMeta metaclass finds abstract methods not
    overridden cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: use classmethod with abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated: use staticmethod with abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated: use property with abstractmethod."""
    __isabstractmethod__ = True


class _AbcData:
    __slots__ = ('registry', 'cache', 'negative_cache', 'negative_version')

    def __init__(self, version):
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_version = version


def _compute_abstracts(cls, namespace):
    abstracts = set()
    for name, value in namespace.items():
        if getattr(value, '__isabstractmethod__', False):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if getattr(value, '__isabstractmethod__', False):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    _abc_invalidation_counter = 0

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        if _abc_init_flags(cls):  # __abc_tpflags__: a sequence or mapping ABC (match statements)
            type.__delattr__(cls, '__abc_tpflags__')
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace)
        cls._abc_impl = _AbcData(ABCMeta._abc_invalidation_counter)
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC. Returns the subclass (usable as a decorator)."""
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_impl.registry.add(subclass)
        ABCMeta._abc_invalidation_counter += 1
        _abc_register_flags(cls, subclass)
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        impl = cls._abc_impl
        subclass = instance.__class__
        if subclass in impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (impl.negative_version == ABCMeta._abc_invalidation_counter
                    and subclass in impl.negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        if impl.negative_version < ABCMeta._abc_invalidation_counter:
            impl.negative_cache = set()
            impl.negative_version = ABCMeta._abc_invalidation_counter
        elif subclass in impl.negative_cache:
            return False
        hook = getattr(cls, '__subclasshook__', None)
        ok = NotImplemented if hook is None else hook(subclass)
        if ok is not NotImplemented:
            if not isinstance(ok, bool):
                raise AssertionError('__subclasshook__ must return either False, True, '
                                     'or NotImplemented')
            if ok:
                impl.cache.add(subclass)
            else:
                impl.negative_cache.add(subclass)
            return ok
        if cls in getattr(subclass, '__mro__', ()):
            impl.cache.add(subclass)
            return True
        for rcls in impl.registry:
            if issubclass(subclass, rcls):
                impl.cache.add(subclass)
                return True
        for scls in cls.__subclasses__():
            if issubclass(subclass, scls):
                impl.cache.add(subclass)
                return True
        impl.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Debug helper to print the ABC registry."""
        print('Class: %s.%s' % (cls.__module__, cls.__qualname__), file=file)
        print('Inv. counter: %s' % get_cache_token(), file=file)
        impl = cls._abc_impl
        print('_abc_registry: %r' % (impl.registry,), file=file)
        print('_abc_cache: %r' % (impl.cache,), file=file)
        print('_abc_negative_cache: %r' % (impl.negative_cache,), file=file)
        print('_abc_negative_cache_version: %r' % (impl.negative_version,), file=file)

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()


def get_cache_token():
    """Return the current ABC cache token; it changes whenever any ABC registers a class."""
    return ABCMeta._abc_invalidation_counter


def update_abstractmethods(cls):
    """Recompute an ABC's abstract methods after its methods were changed later."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if getattr(value, '__isabstractmethod__', False):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if getattr(value, '__isabstractmethod__', False):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that gives ABCMeta as metaclass through simple inheritance."""
    __slots__ = ()
