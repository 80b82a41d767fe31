# A mixed enum (IntEnum, StrEnum, IntFlag) inherits __str__/__format__ that an enum base class
# overrides; only a direct ReprEnum subclass takes the data type's str() and format().
from enum import Enum, IntEnum, StrEnum, IntFlag, Flag, auto, ReprEnum
for kind in (IntEnum, StrEnum, IntFlag):
    class Base(kind):
        def __str__(self):
            return self.name.title()
        def __format__(self, spec):
            return ''.join(reversed(self.name))
    class Sub(Base):
        first = auto()
    class Plain(kind):
        first = auto()
    print(kind.__name__, str(Sub.first), format(Sub.first), f'{Sub.first}', repr(Sub.first))
    print(str(Plain.first), format(Plain.first), repr(Plain.first))
class FloatEnum(float, Enum):
    A = 4.4
class FloatRepr(float, ReprEnum):
    A = 4.4
print(str(FloatEnum.A), format(FloatEnum.A), repr(FloatEnum.A), str(FloatRepr.A), format(FloatRepr.A), repr(FloatRepr.A))
