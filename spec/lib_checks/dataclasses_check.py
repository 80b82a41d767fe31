# Check script for lib/dataclasses: generated __init__/__repr__/__eq__/order/hash/frozen, field()
# options, ClassVar/InitVar/KW_ONLY (objects and strings), fields/asdict/astuple/replace, errors.
# Output must equal CPython's real dataclasses. Plain Python so it can later run under pystm.
import dataclasses
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass,
                         FrozenInstanceError, InitVar, KW_ONLY, MISSING)
import typing
from typing import ClassVar, List, Optional


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


@dataclass
class Point:
    x: int
    y: int = 0


print('== basics')
t('init', lambda: Point(1, 2))
t('default', lambda: Point(3))
t('kw', lambda: Point(y=5, x=4))
t('eq', lambda: (Point(1, 2) == Point(1, 2), Point(1, 2) == Point(2, 1), Point(1) == (1, 0)))
t('ne', lambda: Point(1, 2) != Point(1, 3))
t('hash None', lambda: Point.__hash__)
t('unhashable', lambda: hash(Point(1)))
t('missing', lambda: Point())
t('too many', lambda: Point(1, 2, 3))
t('unexpected kw', lambda: Point(1, z=2))
t('multiple', lambda: Point(1, x=2))
t('doc', lambda: Point.__doc__)
t('match_args', lambda: Point.__match_args__)
t('qualnames', lambda: (Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__qualname__))
t('params', lambda: Point.__dataclass_params__)
t('fields', lambda: [(f.name, f.type, f.default is MISSING, f.init, f.repr, f.hash, f.compare, f.kw_only, dict(f.metadata)) for f in fields(Point)])
t('fields of instance', lambda: [f.name for f in fields(Point(1))])
t('fields bad', lambda: fields(5))
t('is_dataclass', lambda: (is_dataclass(Point), is_dataclass(Point(1)), is_dataclass(int), is_dataclass(5)))
t('class attr default', lambda: (Point.y, hasattr(Point, 'x')))
t('setattr', lambda: (lambda p: (setattr(p, 'x', 10), p)[1])(Point(1)))


@dataclass
class Three:
    a: int
    b: str
    c: float


t('missing 3', lambda: Three())
t('missing 2', lambda: Three(1))
t('too many 3', lambda: Three(1, 2, 3, 4))
t('repr strs', lambda: Three(1, 'two', 3.0))


class Plain:
    pass


@dataclass
class Nested:
    name: str
    items: List[int] = field(default_factory=list)
    meta: dict = field(default_factory=dict, repr=False, compare=False, metadata={'unit': 'm'})
    tag: Optional[str] = None
    count: ClassVar[int] = 0
    plain: Plain = field(default=None, repr=False)


t('factory', lambda: Nested('n'))
t('factory independent', lambda: Nested('a').items is not Nested('a').items)
t('repr=False', lambda: repr(Nested('n', [1], {'a': 1}, 'x')))
t('compare=False', lambda: Nested('n', [1], {'a': 1}) == Nested('n', [1], {'b': 2}))
t('metadata', lambda: (dict(fields(Nested)[2].metadata), fields(Nested)[2].metadata['unit']))
t('classvar excluded', lambda: [f.name for f in fields(Nested)])
t('classvar kept', lambda: Nested.count)
t('dataclass fields has classvar', lambda: sorted(Nested.__dataclass_fields__))
t('field types', lambda: [f.type for f in fields(Nested)])
t('nested doc', lambda: Nested.__doc__)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)


print('== order and frozen')
t('lt', lambda: (Version(1, 2) < Version(1, 3), Version(2) > Version(1, 9), Version(1) <= Version(1, 0, 'x')))
t('sorted', lambda: sorted([Version(2), Version(1, 5), Version(1, 2)]))
t('lt other', lambda: Version(1) < 5)
t('hash frozen', lambda: hash(Version(1, 2)) == hash((1, 2)))
t('set', lambda: len({Version(1), Version(1), Version(2)}))
t('frozen assign', lambda: setattr(Version(1), 'major', 5))
t('frozen new attr', lambda: setattr(Version(1), 'other', 5))
t('frozen del', lambda: delattr(Version(1), 'major'))
t('FrozenInstanceError', lambda: issubclass(FrozenInstanceError, AttributeError))


@dataclass(unsafe_hash=True)
class UH:
    a: int
    b: int = field(default=0, hash=False)


t('unsafe_hash', lambda: hash(UH(1, 2)) == hash((1,)))


@dataclass(eq=False)
class NoEq:
    a: int


t('eq=False identity', lambda: (NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__))


@dataclass
class ExplicitHash:
    a: int

    def __hash__(self):
        return 42


t('explicit hash kept', lambda: hash(ExplicitHash(1)))


@dataclass(init=False, repr=False)
class NoInit:
    a: int = 5


t('init=False', lambda: (NoInit().a, '__repr__' in NoInit.__dict__, '__init__' in NoInit.__dict__))


@dataclass
class CustomRepr:
    a: int

    def __repr__(self):
        return 'custom'


t('own repr kept', lambda: repr(CustomRepr(1)))

print('== post_init and InitVar')


@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    log: list = field(default_factory=list, init=False)

    def __post_init__(self, scale):
        self.b = self.a * scale


t('post_init', lambda: WithPost(3))
t('post_init arg', lambda: WithPost(3, 10))
t('post_init kw', lambda: WithPost(a=3, scale=5))
t('initvar not field', lambda: [f.name for f in fields(WithPost)])
t('initvar repr', lambda: (repr(InitVar[int]), repr(InitVar[List[int]])))
t('init=False field', lambda: WithPost(1).log)
t('replace initvar default', lambda: replace(WithPost(3), a=4))


@dataclass
class NeedsInitVar:
    a: int
    k: InitVar[int]

    def __post_init__(self, k):
        self.a += k


t('replace initvar missing', lambda: replace(NeedsInitVar(1, 2), a=5))
t('replace initvar given', lambda: replace(NeedsInitVar(1, 2), k=10))
t('replace init=False', lambda: replace(WithPost(1), b=3))

print('== kw_only')


@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 1


t('kw_only', lambda: KW(a=2))
t('kw_only positional', lambda: KW(1))
t('kw_only missing', lambda: KW())
t('kw_only doc', lambda: KW.__doc__)
t('kw_only match_args', lambda: KW.__match_args__)


@dataclass
class KWSentinel:
    a: int
    b: int = 0
    _: KW_ONLY
    c: int
    d: int = 4


t('KW_ONLY', lambda: KWSentinel(1, c=3))
t('KW_ONLY positional error', lambda: KWSentinel(1, 2, 3))
t('KW_ONLY missing', lambda: KWSentinel(1))
t('KW_ONLY doc', lambda: KWSentinel.__doc__)
t('KW_ONLY fields', lambda: [(f.name, f.kw_only) for f in fields(KWSentinel)])


@dataclass
class FieldKW:
    a: int = 0
    b: int = field(kw_only=True)
    c: int = 1


t('field kw_only', lambda: (FieldKW(5, b=2), FieldKW.__match_args__))


def two_kw_only():
    @dataclass
    class Bad:
        a: int
        _: KW_ONLY
        b: KW_ONLY


t('two KW_ONLY', two_kw_only)

print('== inheritance')


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 2
    x: int = 10


t('derived', lambda: Derived())
t('derived fields', lambda: [f.name for f in fields(Derived)])
t('derived eq base', lambda: Derived(1, 1, 2) == Base(1, 1))


def bad_frozen_inherit():
    @dataclass(frozen=True)
    class F(Base):
        w: int = 0


def bad_nonfrozen_inherit():
    @dataclass
    class NF(Version):
        w: int = 0


t('frozen from non-frozen', bad_frozen_inherit)
t('non-frozen from frozen', bad_nonfrozen_inherit)

print('== definition errors')


def nondefault_after_default():
    @dataclass
    class C:
        x: int = 0
        y: int


def mutable_default():
    @dataclass
    class C:
        x: list = []


def mutable_default_dict():
    @dataclass
    class C:
        x: dict = {}


def mutable_default_set():
    @dataclass
    class C:
        x: set = set()


def both_defaults():
    return field(default=1, default_factory=list)


def field_without_annotation():
    @dataclass
    class C:
        x = field(default=1)


def order_without_eq():
    @dataclass(order=True, eq=False)
    class C:
        x: int


def order_overwrite():
    @dataclass(order=True)
    class C:
        x: int

        def __lt__(self, other):
            return True


def unsafe_hash_overwrite():
    @dataclass(unsafe_hash=True)
    class C:
        x: int

        def __hash__(self):
            return 1


def classvar_factory():
    @dataclass
    class C:
        x: ClassVar[list] = field(default_factory=list)


t('non-default after default', nondefault_after_default)
t('mutable default list', mutable_default)
t('mutable default dict', mutable_default_dict)
t('mutable default set', mutable_default_set)
t('both defaults', both_defaults)
t('field without annotation', field_without_annotation)
t('order without eq', order_without_eq)
t('order overwrite', order_overwrite)
t('unsafe_hash overwrite', unsafe_hash_overwrite)
t('classvar factory', classvar_factory)

print('== string annotations')


@dataclass
class StrAnn:
    a: 'int'
    b: 'ClassVar[int]' = 3
    c: 'typing.ClassVar[str]' = 'cv'
    d: 'InitVar[int]' = 0
    e: 'dataclasses.InitVar[int]' = 1
    f: 'List[int]' = field(default_factory=list)

    def __post_init__(self, d, e):
        self.f.append(d + e)


t('string fields', lambda: [(f.name, f.type) for f in fields(StrAnn)])
t('string all', lambda: [(n, f._field_type) for n, f in StrAnn.__dataclass_fields__.items()])
t('string init', lambda: StrAnn(1, 2, 3))
t('string doc', lambda: StrAnn.__doc__)

print('== asdict / astuple / replace')


@dataclass
class Inner:
    v: int
    tags: list = field(default_factory=list)


@dataclass
class Outer:
    name: str
    inner: Inner
    many: list
    mapping: dict
    pair: tuple


o = Outer('o', Inner(1, ['a']), [Inner(2), 3], {'k': Inner(4)}, (Inner(5), 'x'))
t('asdict', lambda: asdict(o))
t('astuple', lambda: astuple(o))
t('asdict factory', lambda: asdict(Inner(1, [2]), dict_factory=lambda items: sorted(items)))
t('astuple factory', lambda: astuple(Inner(1, [2]), tuple_factory=list))
t('asdict copies', lambda: asdict(o)['inner']['tags'] is not o.inner.tags)
t('asdict bad', lambda: asdict(Inner))
t('astuple bad', lambda: astuple(5))
t('replace', lambda: replace(Point(1, 2), y=5))
t('replace same', lambda: replace(Point(1, 2)))
t('replace bad field', lambda: replace(Point(1, 2), z=5))
t('replace bad', lambda: replace(5, x=1))
t('replace frozen', lambda: replace(Version(1, 2, 'a'), minor=7))

print('== make_dataclass and slots')
MD = dataclasses.make_dataclass('MD', [('x', int), 'y', ('z', int, field(default=5))], namespace={'double': lambda self: self.x * 2})
t('make_dataclass', lambda: (MD(1, 2), MD(1, 2).double(), [f.name for f in fields(MD)]))


@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 2


t('slots', lambda: (Slotted(1), Slotted.__slots__, hasattr(Slotted(1), '__dict__')))
t('slots no new attr', lambda: setattr(Slotted(1), 'zz', 1))


@dataclass(match_args=False)
class NoMatch:
    a: int


t('match_args False', lambda: hasattr(NoMatch, '__match_args__'))


@dataclass
class Rec:
    child: object = None


r = Rec()
r.child = r
t('recursive repr', lambda: repr(r))
t('MISSING', lambda: (MISSING is dataclasses.MISSING, fields(Point)[0].default is MISSING))


def matcher(p):
    match p:
        case Point(0, y):
            return 'on y axis at %d' % y
        case Point(x, 0):
            return 'on x axis at %d' % x
        case _:
            return 'elsewhere'


t('match', lambda: [matcher(Point(0, 3)), matcher(Point(4)), matcher(Point(1, 1))])
