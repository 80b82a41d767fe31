# CPython's messages of the builtin descriptor types: a method applied to the wrong object, with
# no argument, a getset or READONLY member written, a slot member of another class, and no
# instances or subclasses of the descriptor classes.
import types


class C:
    __slots__ = ('x',)


c = C()
calls = [lambda: list.append(1, 2), lambda: list.append(), lambda: str.join(1, 'abc'),
         lambda: list.append.__get__(1), lambda: list.__add__.__get__(1), lambda: list.__add__(1, []),
         lambda: list.__add__(), lambda: int.real.__set__(5, 1), lambda: setattr(5, 'real', 1),
         lambda: setattr(True, 'real', 1), lambda: int.real.__delete__(5), lambda: int.real.__get__('x'),
         lambda: C.x.__set__(1, 2), lambda: C.x.__get__(c), lambda: C.x.__delete__(c),
         lambda: setattr(property(), 'fget', 1), lambda: dict.__dict__['fromkeys'].__get__(None, int),
         lambda: type('X', (types.MethodDescriptorType,), {}), lambda: type('X', (types.GetSetDescriptorType,), {}),
         lambda: type('X', (types.MethodWrapperType,), {}), lambda: types.MethodDescriptorType(),
         lambda: types.MemberDescriptorType(), lambda: list.append.__get__(None, None)]
for f in calls:
    try:
        print(f())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
