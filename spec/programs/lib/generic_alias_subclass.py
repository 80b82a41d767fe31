# Subclasses of types.GenericAlias make instances of themselves (a dataclass may derive from it),
# compare equal to the plain alias and combine with | like it.
import types
from dataclasses import dataclass, is_dataclass
@dataclass
class A(types.GenericAlias):
    origin: type
    args: type
a = A(list, int)
print(is_dataclass(A), is_dataclass(type(a)), is_dataclass(a), type(a).__name__, a.__origin__, a.__args__)
class Sub(types.GenericAlias):
    pass
d = Sub(list, float)
print(type(d).__name__, repr(d), d.__origin__, d.__args__, d == list[float], list[int] | d)
