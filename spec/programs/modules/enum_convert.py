# Enum._convert_ (what socket and signal use): a module's constants that pass a filter become
# an enum's members, sorted by value then name (the first name of a value wins, the others are
# aliases), exported back into the module.
import enum, sys
C_RED, C_GREEN, C_BLUE, C_CRIMSON = 1, 2, 3, 1
F_A, F_B, F_C = 1, 2, 4
Colors = enum.IntEnum._convert_('Colors', __name__, lambda n: n.startswith('C_'))
print(Colors, list(Colors), Colors(1), repr(C_RED), C_CRIMSON is Colors.C_CRIMSON, Colors.C_CRIMSON)
print(sys.modules[__name__].Colors is Colors, isinstance(C_GREEN, Colors), C_GREEN + 1)
Flags = enum.IntFlag._convert_('Flags', __name__, lambda n: n.startswith('F_'))
print(repr(Flags(3)), repr(Flags(8)), repr(F_A | F_C), Flags._boundary_)
