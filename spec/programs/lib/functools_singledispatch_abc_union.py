# singledispatch: typing.Union/Optional annotations register every member; dispatch follows the
# class's MRO with the registered ABCs merged in (functools._compose_mro / _c3_mro), so a
# registered ABC the class only virtually subclasses is found in the right place; two unrelated
# matching ABCs are ambiguous.
import collections.abc as c
import functools
import typing


@functools.singledispatch
def f(arg):
    return 'base'


@f.register
def _(arg: typing.Union[str, bytes]):
    return 'str-or-bytes'


@f.register
def _(arg: typing.Optional[int]):
    return 'int-or-none'


print(f('x'), f(b'x'), f(1), f(None), f(1.5))


@functools.singledispatch
def g(arg):
    return 'base'


g.register(c.Sized, lambda arg: 'sized')
g.register(c.Iterable, lambda arg: 'iterable')
g.register(c.Set, lambda arg: 'set')
print(g(frozenset()), g({1}))
try:
    g([1])
except RuntimeError as e:
    print('RuntimeError', e)
print([k.__name__ for k in functools._compose_mro(dict, [c.Sized, c.Container, c.Iterable])])
print([k.__name__ for k in functools._compose_mro(list, [c.Sequence, c.MutableSequence])])


class A:
    pass


class B(A):
    pass


print([k.__name__ for k in functools._c3_mro(B)], [k.__name__ for k in functools._c3_mro(B, [c.Sized])])
try:
    f.register(42)
except TypeError as e:
    print('TypeError', e)
