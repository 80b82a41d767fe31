# make_dataclass builds the class as a class statement would (types.new_class): generic bases such
# as Parent[int] and Generic[T] are resolved by __mro_entries__, and the result is subscriptable.
from dataclasses import dataclass, make_dataclass
from typing import Generic, TypeVar, Optional
T = TypeVar('T')
@dataclass
class Parent(Generic[T]):
    x: T
Child = make_dataclass('Child', [('y', T), ('z', Optional[T], None)],
                       bases=(Parent[int], Generic[T]), namespace={'other': 42})
print(Child[int](1, 2).z, Child[int](1, 2, 3).z, Child[int](1, 2, 3).other)
Alias = Child[T]
print(Alias[int](1, 2).x, [c.__name__ for c in Child.__mro__], Child.__orig_bases__)
C = make_dataclass('C', [('a', int), 'b'], namespace={'add': lambda self: self.a + 1})
print(C(1, 2), C(1, 2).add())
