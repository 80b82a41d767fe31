# Check script for lib/enum: members, lookup, aliases, auto, Flag/IntFlag arithmetic and reprs,
# IntEnum/StrEnum str rules (3.11), functional API, errors. Output must equal CPython's real enum.
# Plain Python so it can later run under pystm itself.
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, EnumMeta, EnumType


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r), '|', str(r))


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return '%s is %d' % (self.name, self.value)

    @classmethod
    def favourite(cls):
        return cls.GREEN

    @property
    def lower(self):
        return self.name.lower()


print('== basic')
t('list', lambda: list(Color))
t('members', lambda: Color.__members__)
t('member names', lambda: list(Color.__members__))
t('len', lambda: len(Color))
t('reversed', lambda: list(reversed(Color)))
t('RED', lambda: Color.RED)
t('name/value', lambda: (Color.RED.name, Color.RED.value, Color.GREEN.value))
t('alias', lambda: Color.CRIMSON)
t('alias is', lambda: Color.CRIMSON is Color.RED)
t('by value', lambda: Color(2))
t('by value alias', lambda: Color(1))
t('by name', lambda: Color['BLUE'])
t('by name alias', lambda: Color['CRIMSON'])
t('bad value', lambda: Color(7))
t('bad value str', lambda: Color('RED'))
t('bad name', lambda: Color['PINK'])
t('member lookup', lambda: Color(Color.RED))
t('method', lambda: Color.BLUE.describe())
t('classmethod', lambda: Color.favourite())
t('property', lambda: Color.GREEN.lower)
t('isinstance', lambda: (isinstance(Color.RED, Color), type(Color.RED), Color.RED.__class__.__name__))
t('eq', lambda: (Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, Color.RED is Color(1)))
t('hash', lambda: hash(Color.RED) == hash('RED'))
t('in', lambda: (Color.RED in Color, Color.CRIMSON in Color))
t('dict key', lambda: {Color.RED: 'r', Color.GREEN: 'g'}[Color(1)])
t('class repr', lambda: (repr(Color), repr(Enum), repr(Flag), repr(IntFlag), repr(IntEnum)))
t('str', lambda: (str(Color.RED), format(Color.RED), '{}'.format(Color.BLUE), f'{Color.RED!r}', '%s' % Color.RED))
t('format spec', lambda: format(Color.RED, '>12'))
t('bool', lambda: (bool(Color.RED), bool(Color)))
t('reduce', lambda: Color.RED.__reduce_ex__(4))
t('dir member', lambda: dir(Color.RED))
t('dir class', lambda: dir(Color))
t('metaclass', lambda: (type(Color) is EnumType, EnumMeta is EnumType, isinstance(Color, EnumMeta)))
t('objclass', lambda: Color.RED.__objclass__)
t('sorted by value', lambda: sorted(Color, key=lambda c: c.value))
t('_member_names_', lambda: Color._member_names_)
t('value2member', lambda: Color._value2member_map_)
t('setattr member', lambda: setattr(Color, 'RED', 5))
t('delattr member', lambda: delattr(Color, 'RED'))


def extend():
    class More(Color):
        PINK = 4
    return More


t('extend', extend)


class Base(Enum):
    def hello(self):
        return 'hello ' + self.name


class Sub(Base):
    A = 'a'
    B = 'b'


t('extend memberless', lambda: (list(Sub), Sub.A.hello()))

print('== definition errors')


def dup():
    class E(Enum):
        A = 1
        A = 2


def dup_method():
    class E(Enum):
        A = 1

        def A(self):
            pass


def sunder():
    class E(Enum):
        _x_ = 1


def order_bad():
    class E(Enum):
        _order_ = 'B A'
        A = 1
        B = 2


def order_ok():
    class E(Enum):
        _order_ = 'A B'
        A = 1
        B = 2
    return list(E)


def ignore():
    class E(Enum):
        _ignore_ = 'tmp j'
        tmp = 5
        j = 6
        A = 1
    return list(E), hasattr(E, 'tmp')


t('dup', dup)
t('dup method', dup_method)
t('sunder', sunder)
t('order bad', order_bad)
t('order ok', order_ok)
t('ignore', ignore)

print('== auto')


class A1(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()


t('auto', lambda: list(A1))


class A2(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return '%s-%d-%d' % (name, start, count)
    P = auto()
    Q = auto()


t('gnv', lambda: list(A2))


class A3(StrEnum):
    FOO = auto()
    Bar = auto()


t('strenum auto', lambda: list(A3))


class A4(Flag):
    R = auto()
    W = auto()
    X = auto()


t('flag auto', lambda: list(A4))
t('auto repr', lambda: repr(auto(5)))

print('== unique')


@unique
class U1(Enum):
    A = 1
    B = 2


t('unique ok', lambda: list(U1))


def not_unique():
    @unique
    class U2(Enum):
        A = 1
        B = 2
        C = 1
        D = 2
    return U2


t('unique bad', not_unique)

print('== _missing_')


class M1(Enum):
    A = 'a'
    B = 'b'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None


t('missing found', lambda: M1('A'))
t('missing none', lambda: M1('z'))


class M2(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 'nope'


t('missing wrong type', lambda: M2(5))

print('== values and __init__/__new__')


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 3)


t('planet', lambda: (Planet.EARTH, Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.gravity))
t('planet lookup', lambda: Planet((3.303e+23, 2.4397e6)))


class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, 'P.X')
    PY = (1, 'P.Y')


t('custom new', lambda: (Coord.PY.name, Coord.PY.value, Coord.PY.label, Coord(0).name, bytes(Coord.PX), str(Coord.PX)))


class Mixed(Enum):
    A = [1, 2]
    B = {'k': 1}


t('unhashable', lambda: (Mixed([1, 2]), Mixed({'k': 1}), list(Mixed)))
t('unhashable bad', lambda: Mixed([3]))


class Named(Enum):
    name = 1
    value = 2


t('members named name/value', lambda: (Named.name, Named.value, Named.name.name, Named.value.value))

print('== IntEnum / StrEnum / mixins')


class Num(IntEnum):
    ONE = 1
    TWO = 2


t('intenum', lambda: (Num.ONE, str(Num.ONE), format(Num.ONE), f'{Num.TWO:>4}', '%s %d %r' % (Num.ONE, Num.TWO, Num.ONE)))
t('intenum arith', lambda: (Num.ONE + 1, Num.TWO * 3, Num.ONE < Num.TWO, Num.ONE == 1, sorted([Num.TWO, Num.ONE, 0])))
t('intenum lookup', lambda: (Num(2), Num(3)))
t('intenum hash', lambda: hash(Num.ONE) == hash(1))
t('intenum isinstance', lambda: (isinstance(Num.ONE, int), int(Num.TWO), [0, 1, 2][Num.ONE]))


class Sx(StrEnum):
    A = 'alpha'
    B = auto()


t('strenum', lambda: (Sx.A, str(Sx.A), format(Sx.A), f'{Sx.B}', Sx.A == 'alpha', Sx.A.upper(), Sx('b')))
t('strenum bad', lambda: Sx('zz'))


def strenum_bad_value():
    class S2(StrEnum):
        A = 1
    return S2


t('strenum non-str', strenum_bad_value)


class IM(int, Enum):
    A = 1
    B = 2


t('int mixin', lambda: (IM.A, str(IM.A), format(IM.A), f'{IM.B}', IM.A + 1, IM(2)))


class SM(str, Enum):
    X = 'x'


t('str mixin', lambda: (SM.X, str(SM.X), format(SM.X), SM.X == 'x', SM.X + 'y'))

print('== Flag')


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6
    NONE = 0


t('flag list', lambda: list(Perm))
t('flag members', lambda: Perm.__members__)
t('flag names', lambda: Perm._member_names_)
t('flag or', lambda: Perm.R | Perm.W)
t('flag or alias', lambda: (Perm.R | Perm.X, Perm.R | Perm.W | Perm.X))
t('flag and', lambda: (Perm.RW & Perm.R, Perm.R & Perm.W))
t('flag xor', lambda: Perm.RW ^ Perm.R)
t('flag invert', lambda: (~Perm.R, ~Perm.RW, ~(Perm.R | Perm.W | Perm.X), ~Perm.NONE))
t('flag contains', lambda: (Perm.R in Perm.RW, Perm.X in Perm.RW, Perm.NONE in Perm.R))
t('flag contains bad', lambda: 1 in Perm.RW)
t('flag iter', lambda: (list(Perm.R | Perm.X), list(Perm.NONE), list(Perm(7))))
t('flag len', lambda: (len(Perm(7)), len(Perm.NONE), len(Perm.R)))
t('flag bool', lambda: (bool(Perm.NONE), bool(Perm.X)))
t('flag lookup', lambda: (Perm(5), Perm(0), Perm(6), Perm(-1)))
t('flag bad', lambda: Perm(8))
t('flag bad big', lambda: Perm(17))
t('flag bad type', lambda: Perm('r'))
t('flag or int', lambda: Perm.R | 1)
t('flag str', lambda: (str(Perm.R | Perm.X), str(Perm(0)), format(Perm.R)))
t('flag value', lambda: (Perm.R | Perm.X).value)
t('flag name', lambda: ((Perm.R | Perm.X).name, Perm(0).name))


class Empty(Flag):
    A = 1
    C = 4


t('flag gap', lambda: (Empty(5), ~Empty.A, Empty(0)))
t('flag gap bad', lambda: Empty(2))


class Conf(Flag, boundary=enum.CONFORM):
    A = 1
    B = 2


t('conform', lambda: (Conf(7), Conf(4)))


class Ej(Flag, boundary=enum.EJECT):
    A = 1
    B = 2


t('eject', lambda: (Ej(7), Ej(3)))
t('boundaries', lambda: (enum.STRICT, enum.CONFORM, enum.EJECT, enum.KEEP, str(enum.KEEP)))

print('== IntFlag')


class IP(IntFlag):
    R = 4
    W = 2
    X = 1


t('intflag', lambda: (IP.R, str(IP.R), format(IP.R), IP.R | IP.W, str(IP.R | IP.W)))
t('intflag int ops', lambda: (IP.R | 1, IP.R | 8, IP.R + 1, IP.R == 4, int(IP.W | IP.X), 3 | IP.R))
t('intflag invert', lambda: (~IP.R, ~IP(0), ~(IP.R | IP.W)))
t('intflag lookup', lambda: (IP(0), IP(7), IP(9), IP(-1), IP(16)))
t('intflag contains', lambda: (IP.R in IP(6), IP.X in IP(6)))
t('intflag list', lambda: (list(IP), list(IP(5))))
t('intflag isinstance', lambda: (isinstance(IP.R, int), isinstance(IP.R, Flag)))

print('== functional API')
Animal = Enum('Animal', 'ANT BEE CAT')
t('func str', lambda: (Animal, list(Animal), Animal.__module__, Animal.BEE.value))
t('func commas', lambda: list(Enum('Animal', 'ANT, BEE', start=5)))
t('func list', lambda: list(Enum('Animal', ['X', 'Y'])))
t('func pairs', lambda: list(Enum('Animal', [('X', 'x'), ('Y', 'y')])))
t('func dict', lambda: list(IntEnum('Animal', {'X': 3, 'Y': 4})))
t('func flag', lambda: list(Flag('F', 'A B C')))
t('func intflag', lambda: (list(IntFlag('F', 'A B C')), IntFlag('F', 'A B C').C))
t('func type', lambda: list(Enum('T', 'A B', type=int)))
t('func qualname', lambda: Enum('Q', 'A', qualname='Outer.Q').__qualname__)
t('func module', lambda: Enum('Q', 'A', module='mymod').__module__)

print('== __init_subclass__')


class Tracked(Enum):
    def __init_subclass__(cls, **kwds):
        print('  init_subclass', cls.__name__, list(cls.__members__), sorted(kwds.items()))
        super().__init_subclass__()


class T1(Tracked):
    A = 1
    B = 2


class T2(Tracked, tag='x'):
    C = 3


def tag_sub():
    class TS(Enum, tag='y'):
        pass


t('unknown class kw', tag_sub)

print('== misc')


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


t('aliases excluded', lambda: [m.name for m in Shape])
t('all names', lambda: [(n, m.name) for n, m in Shape.__members__.items()])
t('mapping', lambda: dict((m.name, m.value) for m in Shape))
t('member attrs', lambda: (Shape.SQUARE._name_, Shape.SQUARE._value_))


class WithConst(Enum):
    A = 1
    B = 2
    helper = enum.nonmember(99)

    @enum.member
    def C(self):
        return 'c'


t('member/nonmember', lambda: ([m.name for m in WithConst], WithConst.helper, WithConst.C.value(None)))
t('switch', lambda: [{Color.RED: 'stop', Color.GREEN: 'go'}.get(c, '?') for c in Color])
t('match', lambda: [c.name for c in Color if c is Color.BLUE])
t('copy', lambda: __import__('copy').deepcopy([Color.RED])[0] is Color.RED)
