# auto(): several auto()s in one tuple value each count up; with unsortable values or a last
# value that is not the largest, 3.11 warns (DeprecationWarning) and counts from the last value
# that supports + 1 (after sorting the values); a class nested in an enum body becomes a member,
# with a DeprecationWarning.
import warnings
from enum import Enum, Flag, auto
class Huh(Enum):
    ONE = auto()
    TWO = auto(), auto()
    THREE = auto(), auto(), auto()
print(Huh.ONE.value, Huh.TWO.value, Huh.THREE.value)
class Hah(Enum):
    def __new__(cls, value, abbr=None):
        member = object.__new__(cls)
        member._value_ = value
        member.abbr = abbr or value[:3].lower()
        return member
    def _generate_next_value_(name, start, count, last):
        return name
    MONDAY = auto()
    WEDNESDAY = auto(), 'WED'
print([(m.value, m.abbr) for m in Hah])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    class Color(Enum):
        red = 'red'
        blue = 2
        green = auto()
        yellow = auto()
    class Outer(Enum):
        a = 1
        class Inner(Enum):
            foo = 10
print([(m.name, m.value) for m in Color], isinstance(Outer.Inner, Outer), Outer.Inner.value.foo.value)
for x in w:
    print(x.category.__name__, str(x.message).splitlines()[0])
class Seq(Enum):
    A = 5
    B = 1
    C = auto()
print(Seq.C.value)
