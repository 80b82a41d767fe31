# ast.unparse of statements: blocks, definitions, docstrings, decorators, elif chains
import ast

SOURCE = '''
"""Module doc."""
import os, sys as system
from . import a
from ..pkg.mod import (b as c, d)
x = y = 1
x: int
(y): str = 'v'
a.b += 2
del a[0], b.c
assert x, "message"
class A(B, C, metaclass=M, **kw):
    """Class doc
    on two lines."""
    attr = 1
    @property
    @other.deco(1)
    def f(self, a, /, b=2, *args, c, d=4, **kwargs) -> 'T':
        global g
        def inner():
            nonlocal a
        return
async def coro(x):
    async with open(x) as f, other() as (g, h):
        await f
    async for item in aiter():
        yield item
    else:
        pass
def gen():
    x = yield
    y = yield from z
    return (yield 1)
for i, (j, k) in enumerate(z):
    if i: continue
    elif j: break
    elif k: pass
    else:
        while True:
            raise ValueError("v") from None
else:
    raise
try:
    pass
except (ValueError, TypeError) as e:
    pass
except Exception:
    pass
else:
    pass
finally:
    pass
try:
    pass
except* OSError:
    pass
with a as b:
    pass
if a:
    pass
else:
    if b:
        pass
    x = 1
match command.split():
    case [action]:
        pass
    case [action, obj, *rest] if obj:
        pass
    case {"key": value, **others}:
        pass
    case Point(x=0, y=0) | Point(1, 2) as p:
        pass
    case None | True | -1 | 1.5 | 2+3j | "s" | b"b" | x.y:
        pass
    case _:
        pass
'''
print(ast.unparse(ast.parse(SOURCE)))
print('---')
print(ast.unparse(ast.parse("def f():\n    'doc with \\'quotes\\' and \"\"\"'\n    pass")))
print('---')
print(ast.unparse(ast.parse("x = 1")))
