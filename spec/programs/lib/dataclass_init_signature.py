# The parameters inspect.signature finds for a dataclass's generated __init__: inspect follows
# __wrapped__ (inspect.unwrap) and reads the function's code (argument names and counts),
# __defaults__, __kwdefaults__ and __annotations__. The generated __init__ takes the fields as
# named parameters (`self, i, j='x', *, k`), not (*args, **kwargs); its first parameter is
# __dataclass_self__ when a field is named self; a default_factory field shows <factory>.
# (pystm has no inspect module in lib/, so this program reads the same attributes itself.)
from dataclasses import dataclass, field, KW_ONLY, InitVar


def unwrap(fn):
    while hasattr(fn, '__wrapped__'):
        fn = fn.__wrapped__
    return fn


def signature(fn):
    fn = unwrap(fn)
    code = fn.__code__
    npos, nkw = code.co_argcount, code.co_kwonlyargcount
    names = code.co_varnames[:npos + nkw]
    defaults = fn.__defaults__ or ()
    kwdefaults = fn.__kwdefaults__ or {}
    ann = fn.__annotations__
    parts = []
    for i, name in enumerate(names):
        if i == npos:
            parts.append('*')
        text = name
        if name in ann:
            t = ann[name]
            text += ': ' + (t.__name__ if isinstance(t, type) else repr(t))
        if i < npos and i >= npos - len(defaults):
            text += ' = ' + repr(defaults[i - (npos - len(defaults))])
        elif name in kwdefaults:
            text += ' = ' + repr(kwdefaults[name])
        parts.append(text)
    return '(%s) -> %r' % (', '.join(parts), ann.get('return'))


@dataclass
class Named:
    self: str


@dataclass
class Point:
    i: int
    j: str = 'x'
    tags: list = field(default_factory=list)
    _: KW_ONLY
    k: 'float'
    m: int = 3


@dataclass(frozen=True)
class WithInitVar:
    a: int
    scale: InitVar[int] = 2

    def __post_init__(self, scale):
        object.__setattr__(self, 'a', self.a * scale)


print(signature(Named.__init__))
print(Named('me').self)
print(signature(Point.__init__))
print(Point(1, k=2.0))
print(signature(WithInitVar.__init__))
print(WithInitVar(5), WithInitVar(5, 3))
print(Point.__init__.__qualname__, unwrap(Point.__init__).__qualname__, unwrap(Point.__init__).__name__)
try:
    Point()
except TypeError as e:
    print('TypeError:', e)
