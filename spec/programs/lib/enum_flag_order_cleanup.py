# A Flag's _order_ may name aliases and multi-bit members: they are dropped before _order_ is
# compared with the member names (single-bit, canonical ones, in definition order).
from enum import Flag, auto
class Confused(Flag):
    _order_ = 'ONE TWO FOUR DOS EIGHT SIXTEEN THREE'
    ONE = auto()
    TWO = auto()
    FOUR = auto()
    DOS = 2
    EIGHT = auto()
    SIXTEEN = auto()
    THREE = 3
print(list(Confused), Confused.DOS is Confused.TWO, Confused.EIGHT.value, Confused.SIXTEEN.value)
