# enum.global_enum: members' repr names the module (module.NAME, flags joined with |, unnamed
# KEEP bits left as digits), str is the bare name unless the enum is a ReprEnum (IntFlag keeps
# int's str), and the members are exported into the module.
import enum, sys
from enum import IntFlag, Flag, auto, IntEnum, Enum
@enum.global_enum
class HeadlightsC(IntFlag, boundary=enum.CONFORM):
    OFF_C = 0
    LOW_BEAM_C = auto()
    HIGH_BEAM_C = auto()
    FOG_C = auto()
@enum.global_enum
class HeadlightsK(IntFlag, boundary=enum.KEEP):
    OFF_K = 0
    LOW_BEAM_K = auto()
    HIGH_BEAM_K = auto()
    FOG_K = auto()
@enum.global_enum
class Plain(Enum):
    A = 1
    B = 2
print(repr(HeadlightsC(0)), repr(HeadlightsC(1+4+8)), repr(HeadlightsC(8)), str(HeadlightsC(5)), format(HeadlightsC(5)))
print(repr(HeadlightsK(0)), repr(HeadlightsK(1+4+8)), repr(HeadlightsK(8)), repr(HeadlightsK(16)), str(HeadlightsK(17)))
print(repr(Plain.A), str(Plain.B), format(Plain.B), repr(A), B is Plain.B)
