# __future__: the module (_Feature objects, all_feature_names, CO_* flag values) and
# `from __future__ import annotations` (annotations kept as CPython's unparsed strings; the flag
# is inherited by exec/compile unless dont_inherit).
from __future__ import annotations
import __future__

def f(a: int, b: list[int] | None = None, *args: tuple[str, ...], c: "x" = 1, **kw: dict[str, int]) -> Callable[[int], str]:
    pass

print(f.__annotations__)

class C:
    x: int
    y: A.B[1:2, ::3] = 5
    z: lambda a, b=1, *c, d, **e: a + b * -c ** 2
    w: {1: 2, **d} | {*()} | {1, 2} | [x for x in y if x]
    v: not a and b or c if d else e
    u: f(x for x in y) @ g(*a, b=2, **c) // 1 .real
    t: (1, 2) < (3,) is not None
    s: ~x << 2 >> 3 & 4 ^ 5 % 6
    r: a ** b ** c + (a ** b) ** c
    q: 1e400 - 2.5 + 3j
    p: ... == ()
    o: f"a{b!r:>{w}} {{c}}"
    n: b'x' + 'it\'s'
    m: (a, *b)

for k, v in C.__annotations__.items():
    print(k, repr(v))

x: int = 3
print(__annotations__)
print(__future__.annotations, __future__.annotations.compiler_flag)
print(__future__.annotations.getOptionalRelease(), __future__.annotations.getMandatoryRelease())
print(__future__.all_feature_names)
print(__future__.__all__)
for name in __future__.all_feature_names:
    feat = getattr(__future__, name)
    print(name, feat, feat.optional, feat.mandatory, hex(feat.compiler_flag))
print(__future__.CO_NESTED, __future__.CO_GENERATOR_ALLOWED, __future__.CO_FUTURE_GENERATOR_STOP)
print(hex(f.__code__.co_flags & __future__.CO_FUTURE_ANNOTATIONS))
g = {}
exec(compile("def h(x: int) -> y: pass", "<s>", "exec", __future__.annotations.compiler_flag), g)
print(g["h"].__annotations__)
exec(compile("def h(x: int) -> str: pass", "<s>", "exec", 0, True), g)
print(g["h"].__annotations__)
exec("def k(x: int) -> 'q': pass", g)
print(g["k"].__annotations__)
print(eval("compile('x: int', 's', 'exec').co_flags") & __future__.CO_FUTURE_ANNOTATIONS)
