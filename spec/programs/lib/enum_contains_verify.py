# enum (3.11): `member in OtherEnum` is False, a non-member operand a TypeError; 'mro' is not a
# member name; super().__new__ in a member __new__ is "has no members defined"; verify() with
# UNIQUE / CONTINUOUS / NAMED_FLAGS; _iter_bits_lsb.
import warnings
from enum import Enum, Flag, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, EnumCheck, _iter_bits_lsb


class Color(Enum):
    RED = 1
    GREEN = 2


class Other(Enum):
    ONE = 1


print(Color.RED in Color, Other.ONE in Color)
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    try:
        1 in Color
    except TypeError as e:
        print('TypeError', e)
try:
    class Wrong(Enum):
        mro = 9
except ValueError as e:
    print('ValueError', e)
try:
    class BadSuper(Enum):
        def __new__(cls, value):
            return super().__new__(cls, value)
        failed = 1
except TypeError as e:
    print('TypeError', e)

print(list(EnumCheck), UNIQUE.value)
for checks, body in ((UNIQUE, {'A': 1, 'B': 1}), (CONTINUOUS, {'A': 1, 'B': 4}), (UNIQUE, {'A': 1, 'B': 2})):
    try:
        E = verify(checks)(Enum('E', body))
        print('ok', list(E))
    except ValueError as e:
        print('ValueError', e)
try:
    @verify(NAMED_FLAGS)
    class Bits(Flag):
        A = 1
        B = 2
        AX = 5
except ValueError as e:
    print('ValueError', e)
print(list(_iter_bits_lsb(13)))
