# dataclass and __slots__: a slot is no default value (the field stays required), slots=True on a
# class with its own __slots__ is a TypeError, init=False defaults are set by __init__, and the
# inherited slots (a str is one name, an iterator cannot be read) are not declared again.
from dataclasses import dataclass, field
from typing import Any
@dataclass
class C:
    __slots__ = ('x',)
    x: Any
try:
    C()
except TypeError as e:
    print('TypeError', e)
print(type(C.__dict__['x']).__name__)
try:
    @dataclass(slots=True)
    class C2:
        __slots__ = ('x',)
        x: int
except TypeError as e:
    print('TypeError', e)
@dataclass(slots=True)
class A:
    a: str
    b: str = field(default='b', init=False)
obj = A("a")
print(obj.a, obj.b, A.__slots__)
class Base:
    __slots__ = '__weakref__'
@dataclass(slots=True)
class A2(Base):
    a: int
print(A2.__slots__, A2(1).a)
class Root:
    __slots__ = {'x'}
class Root2(Root):
    __slots__ = {'k': '...', 'j': ''}
class Root3(Root2):
    __slots__ = ['h']
class Root4(Root3):
    __slots__ = 'aa'
@dataclass(slots=True)
class B(Root4):
    y: int
    j: str
    h: str
print(B.__slots__)
class R:
    __slots__ = iter(['a'])
class R2(R):
    __slots__ = ('b', )
try:
    @dataclass(slots=True)
    class C3(R2):
        x: int
except TypeError as e:
    print('TypeError', e)
