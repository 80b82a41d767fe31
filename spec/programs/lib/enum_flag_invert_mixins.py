# Flag inversion follows the boundary (STRICT/CONFORM: within the single-bit members; KEEP/EJECT:
# all bits, unnamed bits shown as a number), a Flag mixed with int keeps Flag's operators, and a
# mixed-in data type's own __repr__ shows the member values (a subclass of it is the member type).
import enum
from enum import Flag, IntFlag, Enum, KEEP, EJECT, STRICT, CONFORM
for base in (Flag, IntFlag):
    class OpenAB(base):
        A = 1
        B = 2
        MASK = 255
    A, B = OpenAB
    print(base.__name__, OpenAB._boundary_, repr(~A), repr(~B), repr(~(A | B)), repr(~OpenAB.MASK), repr(~OpenAB(0)))
    class ClosedAB(base):
        A = 1
        B = 2
        MASK = 3
    A, B = ClosedAB
    print(repr(~A), repr(~B), repr(~(A | B)), repr(~ClosedAB.MASK), repr(~ClosedAB(0)))


class MixedIntFlag(int, Flag):
    ONE = 1
    TWO = 2
    FOUR = 4


print(repr(MixedIntFlag.ONE | MixedIntFlag.TWO), repr(MixedIntFlag.ONE | 2), repr(~MixedIntFlag.ONE))
print(repr(MixedIntFlag.ONE & 3), repr(MixedIntFlag.FOUR ^ MixedIntFlag.ONE), repr(3 | MixedIntFlag.FOUR))


class HexInt(int):
    def __repr__(self):
        return hex(self)


class MyEnum(HexInt, Enum):
    A = 1


class Sub(HexInt):
    pass


class Other(Sub, Enum):
    D = 4


print(repr(MyEnum.A), repr(Other.D), Other._member_type_ is Sub)
