# Class-private names in an enum body (__x, mangled to _Cls__x) are plain attributes, never
# members nor reserved _sunder_ names, even when they end in one underscore (enum._is_private).
import enum
from enum import Enum
print(enum._is_private('MyEnum', '_MyEnum__private'), enum._is_private('MyEnum', '_MyEnum__x_'),
      enum._is_private('MyEnum', '_MyEnum__'), enum._is_private('MyEnum', '_MyEnum__x__'),
      enum._is_private('MyEnum', '_semi'))


class Private(Enum):
    __corporal = 'Radar'
    __major_ = 'Hoolihan'
    A = 1


print(Private._Private__corporal, Private._Private__major_, list(Private))
