"""Library that exposes various tables found in the StringPrep RFC 3454.

There are two kinds of tables: sets, for which a member test is provided,
and mappings, for which a mapping function is provided.
"""
# pystm's own stringprep, written from RFC 3454 (Preparation of Internationalized Strings) over
# Unicode 3.2 (unicodedata.ucd_3_2_0): the tables the IDNA codec (nameprep, RFC 3491) uses, with
# the standard library's function names. Table B.3's case folding is str.lower() but for the
# characters in _stringprep_tables.py.

from unicodedata import ucd_3_2_0 as unicodedata
from _stringprep_tables import B3_EXCEPTIONS as b3_exceptions

assert unicodedata.unidata_version == '3.2.0'


def in_table_a1(code):
    """A.1: unassigned code points in Unicode 3.2 (noncharacters are in C.4 instead)."""
    if unicodedata.category(code) != 'Cn':
        return False
    c = ord(code)
    if 0xFDD0 <= c < 0xFDF0:
        return False
    return (c & 0xFFFF) not in (0xFFFE, 0xFFFF)


_B1 = frozenset([0x00AD, 0x034F, 0x1806, 0x180B, 0x180C, 0x180D, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF]
                + list(range(0xFE00, 0xFE10)))


def in_table_b1(code):
    """B.1: commonly mapped to nothing."""
    return ord(code) in _B1


def map_table_b3(code):
    """B.3: case folding with no normalization."""
    r = b3_exceptions.get(ord(code))
    if r is not None:
        return r
    return code.lower()


def map_table_b2(a):
    """B.2: case folding for use with NFKC (B.3, closed under NFKC as RFC 3454 derives it)."""
    al = map_table_b3(a)
    b = unicodedata.normalize("NFKC", al)
    bl = "".join([map_table_b3(ch) for ch in b])
    c = unicodedata.normalize("NFKC", bl)
    if b != c:
        return c
    return al


def in_table_c11(code):
    """C.1.1: ASCII space."""
    return code == " "


def in_table_c12(code):
    """C.1.2: non-ASCII space characters."""
    return unicodedata.category(code) == "Zs" and code != " "


def in_table_c11_c12(code):
    return unicodedata.category(code) == "Zs"


def in_table_c21(code):
    """C.2.1: ASCII control characters."""
    return ord(code) < 128 and unicodedata.category(code) == "Cc"


_C22_SPECIALS = frozenset([0x06DD, 0x070F, 0x180E, 0x200C, 0x200D, 0x2028, 0x2029, 0x2060, 0x2061,
                           0x2062, 0x2063, 0xFEFF] + list(range(0x206A, 0x2070)) + list(range(0xFFF9, 0xFFFD))
                          + list(range(0x1D173, 0x1D17B)))


def in_table_c22(code):
    """C.2.2: non-ASCII control characters."""
    c = ord(code)
    if c < 128:
        return False
    if unicodedata.category(code) == "Cc":
        return True
    return c in _C22_SPECIALS


def in_table_c21_c22(code):
    return unicodedata.category(code) == "Cc" or ord(code) in _C22_SPECIALS


def in_table_c3(code):
    """C.3: private use."""
    return unicodedata.category(code) == "Co"


def in_table_c4(code):
    """C.4: non-character code points."""
    c = ord(code)
    if c < 0xFDD0:
        return False
    if c < 0xFDF0:
        return True
    return (c & 0xFFFF) in (0xFFFE, 0xFFFF)


def in_table_c5(code):
    """C.5: surrogate codes."""
    return unicodedata.category(code) == "Cs"


_C6 = frozenset(range(0xFFF9, 0xFFFE))


def in_table_c6(code):
    """C.6: inappropriate for plain text."""
    return ord(code) in _C6


_C7 = frozenset(range(0x2FF0, 0x2FFC))


def in_table_c7(code):
    """C.7: inappropriate for canonical representation."""
    return ord(code) in _C7


_C8 = frozenset([0x0340, 0x0341, 0x200E, 0x200F] + list(range(0x202A, 0x202F)) + list(range(0x206A, 0x2070)))


def in_table_c8(code):
    """C.8: change display properties or are deprecated."""
    return ord(code) in _C8


_C9 = frozenset([0xE0001] + list(range(0xE0020, 0xE0080)))


def in_table_c9(code):
    """C.9: tagging characters."""
    return ord(code) in _C9


def in_table_d1(code):
    """D.1: characters with bidirectional property "R" or "AL"."""
    return unicodedata.bidirectional(code) in ("R", "AL")


def in_table_d2(code):
    """D.2: characters with bidirectional property "L"."""
    return unicodedata.bidirectional(code) == "L"
