# unittest.mock for pystm, written by us from the documented behaviour of CPython's unittest.mock
# (not copied from it). What CPython's tests of the issue-5 modules use: Mock, MagicMock,
# NonCallableMock, NonCallableMagicMock, PropertyMock, patch (decorator, context manager, start/
# stop; patch.object, patch.dict, patch.multiple), call, ANY, DEFAULT, sentinel.
# Invariants: every mock instance has its own subclass (made in __new__), so magic methods
# assigned to one mock (`m.__hash__ = Mock(return_value=1)`) go on that class and only affect it;
# the bookkeeping attributes live in the instance __dict__ under `_mock_*` names, so __getattr__
# (which makes child mocks) only runs for names the user never set. MagicMock's supported magic
# methods are descriptors on the class returning a child mock made on first use with CPython's
# default return value. A spec (class or object) limits attributes and sets __class__.

import sys
import builtins

__all__ = ('Mock', 'MagicMock', 'NonCallableMock', 'NonCallableMagicMock', 'PropertyMock',
           'patch', 'sentinel', 'DEFAULT', 'ANY', 'call', 'create_autospec', 'mock_open',
           'seal', 'FILTER_DIR')

FILTER_DIR = True


class _SentinelObject(object):
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name

    def __reduce__(self):
        return 'sentinel.%s' % self.name


class _Sentinel(object):
    """Access attributes to return a named object, usable as a sentinel."""

    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))

    def __reduce__(self):
        return 'sentinel'


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT


class _ANY(object):
    """A helper object that compares equal to everything."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = None

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


def _format_call(name, args, kwargs):
    parts = [repr(a) for a in args]
    parts.extend('%s=%r' % (k, v) for k, v in kwargs.items())
    return '%s(%s)' % (name, ', '.join(parts))


class _Call(tuple):
    """A call as (name, args, kwargs); `call(1, a=2)` and `call.method(3)` build them."""

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        if len(value) == 3:
            name, args, kwargs = value
        elif len(value) == 2:
            args, kwargs = value
            if isinstance(args, str):
                name, args, kwargs = args, kwargs, {}
                if isinstance(kwargs, tuple):
                    args, kwargs = kwargs, {}
        elif len(value) == 1:
            (v,) = value
            if isinstance(v, str):
                name, args, kwargs = v, (), {}
            elif isinstance(v, tuple):
                args, kwargs = v, {}
            else:
                args, kwargs = (), v
        else:
            args, kwargs = (), {}
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def _parts(self):
        if len(self) == 2:
            return '', self[0], self[1]
        return self[0], self[1], self[2]

    def __eq__(self, other):
        try:
            len_other = len(other)
        except TypeError:
            return NotImplemented
        name, args, kwargs = self._parts()
        if len_other == 3:
            oname, oargs, okwargs = other
        elif len_other == 2:
            a, b = other
            if isinstance(a, str):
                oname = a
                if isinstance(b, tuple):
                    oargs, okwargs = b, {}
                else:
                    oargs, okwargs = (), b
            else:
                oname, oargs, okwargs = '', a, b
        elif len_other == 1:
            (v,) = other
            if isinstance(v, tuple):
                oname, oargs, okwargs = '', v, {}
            elif isinstance(v, str):
                oname, oargs, okwargs = v, (), {}
            else:
                oname, oargs, okwargs = '', (), v
        elif len_other == 0:
            oname, oargs, okwargs = '', (), {}
        else:
            return False
        if len(self) == 3 and len_other == 3 and name and oname and name != oname:
            return False
        return (tuple(oargs), okwargs) == (tuple(args), kwargs)

    __ne__ = object.__ne__
    __hash__ = None

    def __call__(self, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        name = self._mock_name + '()'
        return _Call((self._mock_name, args, kwargs), name=name, parent=self)

    def __getattr__(self, attr):
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name='%s.%s' % (self._mock_name, attr), parent=self, from_kall=False)

    def __getattribute__(self, attr):
        if attr in ('count', 'index'):
            raise AttributeError(attr)
        return tuple.__getattribute__(self, attr)

    @property
    def args(self):
        return self._parts()[1]

    @property
    def kwargs(self):
        return self._parts()[2]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            if name.startswith('()'):
                name = 'call%s' % name
            return name
        name, args, kwargs = self._parts()
        if not name:
            name = 'call'
        elif not name.startswith('()'):
            name = 'call.%s' % name
        else:
            name = 'call%s' % name
        return _format_call(name, args, kwargs)

    def call_list(self):
        return _CallList([self])


call = _Call(from_kall=False)


class _CallList(list):
    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        n = len(value)
        for i in range(len(self) - n + 1):
            if self[i:i + n] == value:
                return True
        return False

    def __repr__(self):
        return repr(list(self))


_MAGICS = {
    '__lt__', '__gt__', '__le__', '__ge__', '__int__', '__contains__', '__len__', '__iter__',
    '__exit__', '__complex__', '__float__', '__bool__', '__index__', '__hash__', '__str__',
    '__sizeof__', '__enter__', '__getitem__', '__setitem__', '__delitem__', '__eq__', '__ne__',
    '__round__', '__floor__', '__trunc__', '__ceil__', '__neg__', '__pos__', '__abs__',
    '__invert__', '__fspath__', '__reversed__', '__missing__', '__format__', '__dir__',
    '__aiter__', '__anext__', '__aenter__', '__aexit__', '__next__',
}
for _n in ('add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'divmod', 'lshift',
           'rshift', 'and', 'xor', 'or', 'pow'):
    _MAGICS.add('__%s__' % _n)
    _MAGICS.add('__r%s__' % _n)
    _MAGICS.add('__i%s__' % _n)
_ALL_MAGICS = _MAGICS | {'__getattr__', '__setattr__', '__init__', '__new__', '__call__',
                         '__prepare__', '__instancecheck__', '__subclasscheck__', '__del__',
                         '__get__', '__set__', '__delete__', '__repr__', '__getstate__',
                         '__setstate__', '__reduce__', '__reduce_ex__', '__copy__',
                         '__deepcopy__', '__getformat__', '__class__', '__set_name__'}


def _is_magic(name):
    return name[:2] == '__' and name[-2:] == '__' and len(name) > 4


def _default_magic(mock, name):
    """The value CPython's MagicMock gives a magic method's return_value, or DEFAULT."""
    if name == '__hash__':
        return lambda: object.__hash__(mock)
    if name == '__str__':
        return lambda: object.__str__(mock)
    if name == '__sizeof__':
        return lambda: object.__sizeof__(mock)
    if name == '__eq__':
        return lambda other: True if mock is other else NotImplemented
    if name == '__ne__':
        return lambda other: False if mock is other else NotImplemented
    if name == '__iter__':
        return lambda: iter([])
    if name == '__aiter__':
        return lambda: iter([])
    return None


_RETURN_VALUES = {
    '__lt__': NotImplemented, '__gt__': NotImplemented, '__le__': NotImplemented,
    '__ge__': NotImplemented, '__int__': 1, '__contains__': False, '__len__': 0,
    '__exit__': False, '__complex__': 1j, '__float__': 1.0, '__bool__': True, '__index__': 1,
    '__aexit__': False, '__fspath__': None,
}


class _MagicProxy(object):
    """Class attribute of a MagicMock: the instance's child mock for that magic method."""

    def __init__(self, name):
        self.name = name

    def __get__(self, obj, _type=None):
        if obj is None:
            return self
        return obj._mock_magic(self.name)


class NonCallableMock(object):
    """A mock object that is not callable; the base of all mocks."""

    def __new__(cls, *args, **kw):
        bases = (cls,)
        sub = type(cls.__name__, bases, {'__doc__': cls.__doc__})
        return object.__new__(sub)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None, _spec_as_instance=False,
                 _eat_self=None, unsafe=False, **kwargs):
        d = self.__dict__
        d['_mock_parent'] = parent
        d['_mock_name'] = name
        d['_mock_new_name'] = _new_name
        d['_mock_new_parent'] = _new_parent
        d['_mock_sealed'] = False
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        d['_mock_methods'] = None
        d['_spec_class'] = None
        d['_spec_set'] = spec_set
        self._mock_add_spec(spec, spec_set)
        d['_mock_children'] = {}
        d['_mock_wraps'] = wraps
        d['_mock_delegate'] = None
        d['_mock_called'] = False
        d['_mock_call_args'] = None
        d['_mock_call_count'] = 0
        d['_mock_call_args_list'] = _CallList()
        d['_mock_mock_calls'] = _CallList()
        d['method_calls'] = _CallList()
        d['_mock_unsafe'] = unsafe
        d['_mock_return_value'] = DEFAULT
        d['_mock_side_effect'] = None
        if kwargs:
            self.configure_mock(**kwargs)

    def _mock_add_spec(self, spec, spec_set):
        d = self.__dict__
        methods = None
        spec_class = None
        if spec is not None and not isinstance(spec, list):
            spec_class = spec if isinstance(spec, type) else type(spec)
            methods = dir(spec)
        elif spec is not None:
            methods = list(spec)
        d['_spec_class'] = spec_class
        d['_mock_methods'] = methods
        d['_spec_set'] = spec_set

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)

    def attach_mock(self, mock, attribute):
        mock.__dict__['_mock_parent'] = None
        mock.__dict__['_mock_new_parent'] = None
        mock.__dict__['_mock_name'] = ''
        mock.__dict__['_mock_new_name'] = None
        setattr(self, attribute, mock)

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    def _get_return_value(self):
        ret = self._mock_return_value
        if ret is DEFAULT:
            ret = self._get_child_mock(_new_parent=self, _new_name='()')
            self.__dict__['_mock_return_value'] = ret
        return ret

    def _set_return_value(self, value):
        self.__dict__['_mock_return_value'] = value
        if _is_mock(value) and value._mock_parent is None and value._mock_new_parent is None:
            value.__dict__['_mock_new_parent'] = self
            value.__dict__['_mock_new_name'] = '()'

    return_value = property(_get_return_value, _set_return_value)

    def _get_side_effect(self):
        return self._mock_side_effect

    def _set_side_effect(self, value):
        if value is not None and not callable(value) and not _is_exception(value):
            try:
                value = _Iterator(iter(value))
            except TypeError:
                pass
        self.__dict__['_mock_side_effect'] = value

    side_effect = property(_get_side_effect, _set_side_effect)

    called = property(lambda self: self._mock_called,
                      lambda self, v: self.__dict__.__setitem__('_mock_called', v))
    call_count = property(lambda self: self._mock_call_count,
                          lambda self, v: self.__dict__.__setitem__('_mock_call_count', v))
    call_args = property(lambda self: self._mock_call_args,
                         lambda self, v: self.__dict__.__setitem__('_mock_call_args', v))
    call_args_list = property(lambda self: self._mock_call_args_list,
                              lambda self, v: self.__dict__.__setitem__('_mock_call_args_list', v))
    mock_calls = property(lambda self: self._mock_mock_calls,
                          lambda self, v: self.__dict__.__setitem__('_mock_mock_calls', v))

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        d = self.__dict__
        d['_mock_called'] = False
        d['_mock_call_args'] = None
        d['_mock_call_count'] = 0
        d['_mock_mock_calls'] = _CallList()
        d['_mock_call_args_list'] = _CallList()
        d['method_calls'] = _CallList()
        if return_value:
            d['_mock_return_value'] = DEFAULT
        if side_effect:
            d['_mock_side_effect'] = None
        for child in list(self._mock_children.values()):
            if _is_mock(child):
                child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        ret = d['_mock_return_value']
        if _is_mock(ret) and ret is not self:
            ret.reset_mock(visited)

    def configure_mock(self, **kwargs):
        for arg, val in sorted(kwargs.items(), key=lambda entry: entry[0].count('.')):
            args = arg.split('.')
            final = args.pop()
            obj = self
            for entry in args:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    def __getattr__(self, name):
        if name in ('_mock_methods', '_mock_unsafe', '_mock_children', '_spec_class'):
            raise AttributeError(name)
        methods = self._mock_methods
        if methods is not None:
            if name not in methods or name in _ALL_MAGICS:
                raise AttributeError('Mock object has no attribute %r' % name)
        elif _is_magic(name):
            raise AttributeError(name)
        if not self._mock_unsafe and (not methods or name not in methods):
            if name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt')):
                raise AttributeError(
                    '%r is not a valid assertion. Use a spec for the mock if %r is meant to be '
                    'an attribute.' % (name, name))
        children = self._mock_children
        result = children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        if result is None:
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            result = self._get_child_mock(parent=self, name=name, wraps=wraps, _new_name=name,
                                          _new_parent=self)
            children[name] = result
        return result

    def __setattr__(self, name, value):
        if self.__dict__.get('_mock_sealed') and not hasattr(self, name):
            raise AttributeError('Cannot set %s.%s' % (self._extract_mock_name(), name))
        spec = self.__dict__.get('_mock_methods')
        if (self.__dict__.get('_spec_set') and spec is not None and name not in spec
                and name not in self.__dict__ and not hasattr(type(self), name)):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _ALL_MAGICS and _is_magic(name) and name not in ('__class__', '__dict__'):
            if not _is_mock(value):
                setattr(type(self), name, _magic_function(name, value))
            else:
                self._mock_children[name] = value
                if value._mock_parent is None and value._mock_new_parent is None:
                    value.__dict__['_mock_parent'] = self
                    value.__dict__['_mock_name'] = name
                    value.__dict__['_mock_new_name'] = name
                    value.__dict__['_mock_new_parent'] = self
                setattr(type(self), name, value)
            return
        if name == '__class__':
            self.__dict__['_spec_class'] = value
            return
        if _is_mock(value) and name in type(self).__dict__ or (
                isinstance(getattr(type(self), name, None), property)):
            return object.__setattr__(self, name, value)
        if _is_mock(value) and not name.startswith('_mock_'):
            if value._mock_parent is None and value._mock_new_parent is None:
                value.__dict__['_mock_parent'] = self
                value.__dict__['_mock_name'] = name
                value.__dict__['_mock_new_name'] = name
                value.__dict__['_mock_new_parent'] = self
            self._mock_children[name] = value
            return
        if name in self._mock_children:
            del self._mock_children[name]
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if _is_magic(name) and name in type(self).__dict__:
            delattr(type(self), name)
            self._mock_children.pop(name, None)
            return
        obj = self._mock_children.get(name)
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif obj is _deleted:
            raise AttributeError(name)
        self._mock_children[name] = _deleted

    def __dir__(self):
        extras = [] if self._mock_methods is None else list(self._mock_methods)
        names = [n for n, v in self._mock_children.items() if v is not _deleted]
        return sorted(set(extras + names + list(self.__dict__) + dir(type(self))))

    def _extract_mock_name(self):
        names = [self._mock_new_name]
        parent = self._mock_new_parent
        last = self
        dot = '.'
        if names == ['()']:
            dot = ''
        seen = set()
        while parent is not None:
            last = parent
            names.append(parent._mock_new_name + dot)
            dot = '.'
            if parent._mock_new_name == '()':
                dot = ''
            parent = parent._mock_new_parent
            if id(parent) in seen:
                break
            seen.add(id(parent))
        names = list(reversed(names))
        if names[0] in (None, ''):
            names[0] = last._mock_name or 'mock'
        elif last._mock_name is None and last is self:
            names[0] = names[0] or 'mock'
        return ''.join(names)

    def __repr__(self):
        name = self._extract_mock_name()
        name_string = ''
        if name not in ('mock', 'mock.'):
            name_string = ' name=%r' % name
        spec_string = ''
        if self._spec_class is not None:
            spec_string = ' spec=%r' % self._spec_class.__name__
            if self._spec_set:
                spec_string = ' spec_set=%r' % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_string, spec_string, id(self))

    def _get_child_mock(self, **kw):
        klass = type(self).__mro__[1]
        if issubclass(klass, NonCallableMagicMock) and not issubclass(klass, CallableMixin):
            klass = MagicMock
        elif issubclass(klass, NonCallableMock) and not issubclass(klass, CallableMixin):
            klass = Mock
        if self._mock_sealed:
            attribute = '.' + kw['name'] if 'name' in kw else '()'
            raise AttributeError(self._extract_mock_name() + attribute)
        return klass(**kw)

    # assertions
    def _call_matcher(self, c):
        return c

    def _error_message(self):
        return 'expected call not found.'

    def assert_not_called(self):
        if self.call_count != 0:
            msg = "Expected '%s' to not have been called. Called %s times.%s" % (
                self._mock_name or 'mock', self.call_count, self._calls_repr())
            raise AssertionError(msg)

    def assert_called(self):
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % (self._mock_name or 'mock'))

    def assert_called_once(self):
        if not self.call_count == 1:
            msg = "Expected '%s' to have been called once. Called %s times.%s" % (
                self._mock_name or 'mock', self.call_count, self._calls_repr())
            raise AssertionError(msg)

    def assert_called_with(self, *args, **kwargs):
        if self.call_args is None:
            expected = _format_call(self._mock_name or 'mock', args, kwargs)
            raise AssertionError('expected call not found.\nExpected: %s\nActual: not called.'
                                 % expected)
        expected = _Call((args, kwargs), two=True)
        actual = self.call_args
        if actual != expected:
            raise AssertionError('expected call not found.\nExpected: %s\nActual: %s' % (
                _format_call(self._mock_name or 'mock', args, kwargs),
                _format_call(self._mock_name or 'mock', actual.args, actual.kwargs)))

    def assert_called_once_with(self, *args, **kwargs):
        if not self.call_count == 1:
            msg = "Expected '%s' to be called once. Called %s times.%s" % (
                self._mock_name or 'mock', self.call_count, self._calls_repr())
            raise AssertionError(msg)
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        expected = list(calls)
        all_calls = _CallList(self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                raise AssertionError('Calls not found.\nExpected: %r\nActual: %r'
                                     % (expected, self.mock_calls))
            return
        all_calls = list(all_calls)
        not_found = []
        for kall in expected:
            try:
                all_calls.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError('%r does not contain all of %r in its call list, found %r '
                                 'instead' % (self._mock_name or 'mock', tuple(not_found),
                                              all_calls))

    def assert_any_call(self, *args, **kwargs):
        expected = _Call((args, kwargs), two=True)
        if expected not in self.call_args_list:
            raise AssertionError('%s call not found' % _format_call(
                self._mock_name or 'mock', args, kwargs))

    def _calls_repr(self):
        if not self.mock_calls:
            return ''
        return '\nCalls: %r.' % (self.mock_calls,)


_deleted = sentinel.deleted


class _Iterator(object):
    def __init__(self, obj):
        self.obj = obj

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.obj)


def _is_mock(obj):
    return isinstance(obj, NonCallableMock) or type(obj).__dict__.get('_mock_is_mock', False)


def _is_exception(obj):
    return isinstance(obj, BaseException) or (isinstance(obj, type)
                                              and issubclass(obj, BaseException))


def _magic_function(name, value):
    if not callable(value):
        return value

    def method(self, *args, **kw):
        return value(self, *args, **kw)
    method.__name__ = name
    return method


class CallableMixin(object):

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None,
                 name=None, spec_set=None, parent=None, _spec_state=None, _new_name='',
                 _new_parent=None, **kwargs):
        self.__dict__['_mock_return_value'] = return_value
        super().__init__(spec, wraps, name, spec_set, parent, _spec_state, _new_name,
                         _new_parent, **kwargs)
        self.__dict__['_mock_return_value'] = return_value
        self.side_effect = side_effect

    def __call__(self, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._mock_call(*args, **kwargs)

    def _mock_check_sig(self, *args, **kwargs):
        pass

    def _increment_mock_call(self, *args, **kwargs):
        d = self.__dict__
        d['_mock_called'] = True
        d['_mock_call_count'] += 1
        _call = _Call((args, kwargs), two=True)
        d['_mock_call_args'] = _call
        self._mock_call_args_list.append(_call)
        do_method_calls = self._mock_parent is not None
        method_call_name = self._mock_name
        mock_call_name = self._mock_new_name
        is_a_call = mock_call_name == '()'
        self._mock_mock_calls.append(_Call(('', args, kwargs)))
        _new_parent = self._mock_new_parent
        seen = set()
        while _new_parent is not None:
            if do_method_calls:
                _new_parent.method_calls.append(_Call((method_call_name, args, kwargs)))
                do_method_calls = _new_parent._mock_parent is not None
                if do_method_calls:
                    method_call_name = _new_parent._mock_name + '.' + method_call_name
            this_mock_call = _Call((mock_call_name, args, kwargs))
            _new_parent._mock_mock_calls.append(this_mock_call)
            if _new_parent._mock_new_name:
                if is_a_call:
                    dot = ''
                else:
                    dot = '.'
                is_a_call = _new_parent._mock_new_name == '()'
                mock_call_name = _new_parent._mock_new_name + dot + mock_call_name
            _new_parent = _new_parent._mock_new_parent
            if id(_new_parent) in seen:
                break
            seen.add(id(_new_parent))

    def _mock_call(self, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            elif not callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: records its calls, returns `return_value` (a child mock by default),
    or what `side_effect` says (an exception to raise, an iterable of results, a function)."""


class MagicMixin(object):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self._mock_set_magics()

    def _mock_set_magics(self):
        these = _MAGICS
        methods = self.__dict__.get('_mock_methods')
        if methods is not None:
            these = _MAGICS.intersection(methods)
            for entry in _MAGICS - these:
                if entry in type(self).__dict__:
                    delattr(type(self), entry)
        cls = type(self)
        for entry in these:
            if entry not in cls.__dict__:
                setattr(cls, entry, _MagicProxy(entry))

    def _mock_magic(self, name):
        children = self._mock_children
        m = children.get(name)
        if m is None:
            m = self._get_child_mock(name=name, parent=self, _new_name=name, _new_parent=self)
            children[name] = m
            fixed = _RETURN_VALUES.get(name, DEFAULT)
            if fixed is not DEFAULT:
                m.__dict__['_mock_return_value'] = fixed
            else:
                effect = _default_magic(self, name)
                if effect is not None:
                    m.side_effect = effect
        return m

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A version of MagicMock that isn't callable."""


class MagicMock(MagicMixin, Mock):
    """Mock with the magic methods configured (len() is 0, iter() empty, `with` works...)."""


class PropertyMock(Mock):
    """A mock used as a property on a class: getting calls it with no arguments, setting with
    the value."""

    def _get_child_mock(self, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


def seal(mock):
    mock.__dict__['_mock_sealed'] = True
    for attr in dir(mock):
        try:
            m = getattr(mock, attr)
        except AttributeError:
            continue
        if not _is_mock(m):
            continue
        if m._mock_new_parent is mock:
            seal(m)


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, **kwargs):
    """A mock with `spec` as its spec (attributes are checked, not signatures, here)."""
    klass = MagicMock
    if not callable(spec) or instance and not hasattr(spec, '__call__'):
        klass = NonCallableMagicMock
    return klass(spec=spec, spec_set=spec, name=_name, **kwargs) if spec_set else klass(
        spec=spec, name=_name, **kwargs)


def mock_open(mock=None, read_data=''):
    """A MagicMock standing in for open(): read/readline/readlines/iteration give read_data."""
    if mock is None:
        mock = MagicMock(name='open')
    handle = MagicMock()
    handle.__enter__.return_value = handle
    state = {'lines': None}

    def _lines():
        if state['lines'] is None:
            state['lines'] = read_data.splitlines(True)
        return state['lines']

    def _read(*args):
        rest = ''.join(_lines()) if not isinstance(read_data, bytes) else b''.join(_lines())
        state['lines'] = []
        return rest

    def _readline(*args):
        lines = _lines()
        return lines.pop(0) if lines else read_data[:0]

    def _readlines(*args):
        lines = list(_lines())
        state['lines'] = []
        return lines

    handle.read.side_effect = _read
    handle.readline.side_effect = _readline
    handle.readlines.side_effect = _readlines
    handle.__iter__.side_effect = lambda: iter(_readlines())

    def reset(*args, **kwargs):
        state['lines'] = None
        return DEFAULT
    mock.side_effect = reset
    mock.return_value = handle
    return mock


# ── patch ──

def _dot_lookup(thing, comp, import_path):
    try:
        return getattr(thing, comp)
    except AttributeError:
        __import__(import_path)
        return getattr(thing, comp)


def _importer(target):
    components = target.split('.')
    import_path = components.pop(0)
    thing = __import__(import_path)
    for comp in components:
        import_path += '.%s' % comp
        thing = _dot_lookup(thing, comp, import_path)
    return thing


def _get_target(target):
    try:
        target, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError('Need a valid target to patch. You supplied: %r' % (target,))
    return (lambda: _importer(target)), attribute


class _patch(object):
    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                 kwargs, *, unsafe=False):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []
        self.unsafe = unsafe

    def copy(self):
        patcher = _patch(self.getter, self.attribute, self.new, self.spec, self.create,
                         self.spec_set, self.autospec, self.new_callable, self.kwargs)
        patcher.attribute_name = self.attribute_name
        patcher.additional_patchers = [p.copy() for p in self.additional_patchers]
        return patcher

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for attr in dir(klass):
            if not attr.startswith(patch.TEST_PREFIX):
                continue
            attr_value = getattr(klass, attr)
            if not hasattr(attr_value, '__call__'):
                continue
            patcher = self.copy()
            setattr(klass, attr, patcher(attr_value))
        return klass

    def decorate_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        def patched(*args, **keywargs):
            extra_args = []
            entered = []
            try:
                for patching in patched.patchings:
                    arg = patching.__enter__()
                    entered.append(patching)
                    if patching.attribute_name is not None:
                        keywargs.update(arg)
                    elif patching.new is DEFAULT:
                        extra_args.append(arg)
                args += tuple(extra_args)
                return func(*args, **keywargs)
            finally:
                for patching in reversed(entered):
                    patching.__exit__(*sys.exc_info())

        for name in ('__module__', '__name__', '__qualname__', '__doc__'):
            try:
                setattr(patched, name, getattr(func, name))
            except AttributeError:
                pass
        patched.__dict__.update(getattr(func, '__dict__', {}))
        patched.__wrapped__ = func
        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in ('__builtins__',) or (not self.create and original is DEFAULT):
            if not (isinstance(target, type(sys)) and target.__name__ == 'builtins'):
                raise AttributeError('%s does not have the attribute %r' % (target, name))
        return original, local

    def __enter__(self):
        new, spec, spec_set = self.new, self.spec, self.spec_set
        autospec, kwargs = self.autospec, self.kwargs
        new_callable = self.new_callable
        self.target = self.getter()
        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        if autospec is False:
            autospec = None
        original, local = self.get_original()
        if new is DEFAULT and autospec is None:
            inherit = False
            if spec is True:
                spec = original
                if spec_set is True:
                    spec_set = original
                    spec = None
            elif spec is not None:
                if spec_set is True:
                    spec_set = spec
                    spec = None
            elif spec_set is True:
                spec_set = original
            if spec is not None or spec_set is not None:
                if original is DEFAULT:
                    raise TypeError("Can't use 'spec' with create=True")
                if isinstance(original, type):
                    inherit = True
            if spec is None and _is_async_obj(original):
                Klass = MagicMock
            else:
                Klass = MagicMock
            _kwargs = {}
            if new_callable is not None:
                Klass = new_callable
            elif spec is not None or spec_set is not None:
                this_spec = spec if spec_set is None else spec_set
                if not callable(this_spec):
                    Klass = NonCallableMagicMock
            if spec is not None:
                _kwargs['spec'] = spec
            if spec_set is not None:
                _kwargs['spec_set'] = spec_set
            if isinstance(Klass, type) and issubclass(Klass, NonCallableMock) and self.attribute:
                _kwargs['name'] = self.attribute
            _kwargs.update(kwargs)
            new = Klass(**_kwargs)
            if inherit and _is_mock(new):
                this_spec = spec if spec_set is None else spec_set
                new.return_value = Klass(spec=this_spec, _new_parent=new, _new_name='()') \
                    if not spec_set else Klass(spec_set=this_spec, _new_parent=new, _new_name='()')
        elif autospec is not None:
            if new is not DEFAULT:
                raise TypeError("autospec creates the mock for you. Can't specify autospec "
                                "and new.")
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            spec_set = bool(spec_set)
            if autospec is True:
                autospec = original
            new = create_autospec(autospec, spec_set=spec_set, _name=self.attribute, **kwargs)
        elif kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        new_attr = new
        self.temp_original = original
        self.is_local = local
        self._exit_stack = []
        setattr(self.target, self.attribute, new_attr)
        try:
            if self.attribute_name is not None:
                extra_args = {}
                if self.new is DEFAULT:
                    extra_args[self.attribute_name] = new
                for patching in self.additional_patchers:
                    arg = patching.__enter__()
                    self._exit_stack.append(patching)
                    if patching.new is DEFAULT:
                        extra_args.update(arg)
                return extra_args
            return new
        except BaseException:
            self.__exit__(*sys.exc_info())
            raise

    def __exit__(self, *exc_info):
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute) or
                                    self.attribute in ('__doc__', '__module__', '__defaults__',
                                                       '__annotations__', '__kwdefaults__')):
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        stack = self._exit_stack
        del self._exit_stack
        for patching in reversed(stack):
            patching.__exit__(*exc_info)
        return False

    def start(self):
        result = self.__enter__()
        self._active_patches.append(self)
        return result

    def stop(self):
        try:
            self._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _is_async_obj(obj):
    return False


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    if type(target) is str:
        raise TypeError('%r must be the actual object to be patched, not a str' % (target,))
    getter = lambda: target
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                  kwargs, unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None,
                    new_callable=None, **kwargs):
    if type(target) is str:
        getter = lambda: _importer(target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    items = list(kwargs.items())
    attribute, new = items[0]
    patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
    patcher.attribute_name = attribute
    for attribute, new in items[1:]:
        this_patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec,
                              new_callable, {})
        this_patcher.attribute_name = attribute
        patcher.additional_patchers.append(this_patcher)
    return patcher


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, *, unsafe=False, **kwargs):
    """Patch `target` ('package.module.Name') with `new` (a MagicMock by default) for the
    duration of a decorated function, a with block, or start()..stop()."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                  kwargs, unsafe=unsafe)


class _patch_dict(object):
    """Patch a dictionary (or 'module.dict' name) with `values`, restoring it afterwards."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            for attr in dir(f):
                attr_value = getattr(f, attr)
                if attr.startswith(patch.TEST_PREFIX) and hasattr(attr_value, '__call__'):
                    decorator = _patch_dict(self.in_dict, self.values, self.clear)
                    setattr(f, attr, decorator(attr_value))
            return f

        def _inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        _inner.__name__ = getattr(f, '__name__', '_inner')
        _inner.__wrapped__ = f
        return _inner

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        in_dict = self.in_dict
        try:
            original = in_dict.copy()
        except AttributeError:
            original = {}
            for key in in_dict:
                original[key] = in_dict[key]
        self._original = original
        if self.clear:
            in_dict.clear()
        in_dict.update(self.values)

    def _unpatch_dict(self):
        in_dict = self.in_dict
        original = self._original
        in_dict.clear()
        in_dict.update(original)

    def __exit__(self, *args):
        if self._original is not None:
            self._unpatch_dict()
        return False

    start = __enter__

    def stop(self):
        return self.__exit__(None, None, None)


def _patch_stopall():
    for patch_obj in reversed(_patch._active_patches):
        patch_obj.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'
