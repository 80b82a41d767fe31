# Value patterns: dotted names (enum members, class constants) compare with ==.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


class Limits:
    LOW = 10
    HIGH = 100


def name_of(c):
    match c:
        case Color.RED:
            return "red!"
        case Color.GREEN | Color.BLUE:
            return "cool colour " + c.name
        case Limits.LOW:
            return "the low limit"
        case Limits.HIGH:
            return "the high limit"
        case 10.0:
            return "unreachable: 10.0 == 10 matched above"
        case _:
            return "something else"

for c in [Color.RED, Color.BLUE, Color.GREEN, 10, 10.0, 100, 1]:
    print(c, "->", name_of(c))
