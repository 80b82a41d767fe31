# re._constants for pystm: only the limits CPython's tests and some programs import from it
# (CPython's module also holds the sre opcode tables, which pystm's re has no use for: patterns
# are translated to JavaScript RegExps, vm/modules/re_translate.ts). Values as CPython 3.11's
# on a 64-bit build; the translator enforces the same limits.

from . import error

MAXREPEAT = 4294967295
MAXGROUPS = 1073741823
