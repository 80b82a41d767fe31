# ast.parse and ast.dump: fields, optional fields left out, indent, attributes, modes
import ast

print(ast.dump(ast.parse("x = a.b[1:2] + f(*c, k=3, **d)")))
print(ast.dump(ast.parse("lambda x, /, y=1, *a, z, **k: x", mode="eval"), annotate_fields=False))
print(ast.dump(ast.parse("def f(a: int) -> str:\n    return 'é' + b'\\x00'.decode()"), indent=2))
print(ast.dump(ast.parse("async def g():\n    async for i in y: await i\n"), indent="..", include_attributes=True))
print(ast.dump(ast.parse("(int, str) -> None", mode="func_type")))
print(ast.dump(ast.parse("x = 1; y = 2", mode="single")))
print(ast.dump(ast.parse("match p:\n case [1, *r] | {'k': _}: pass\n case C(a, b=2) as c if c: pass")))
print(ast.dump(ast.parse("try:\n pass\nexcept* (E, F) as e:\n raise\nfinally:\n del x")))
print(ast.dump(ast.parse("f'{x!r:>{w}.3} {y=}'")))
print(ast.dump(ast.parse("from ..m import (a as b, c)\nimport os.path as p\nglobal g")))
print(ast.dump(ast.parse("1.5e300 * 2j, 10**30, ..., None, True, 'a' 'b', u'c'")))
t = ast.parse("x")
print(type(t).__name__, type(t).__module__, t._fields, ast.Name._fields, ast.Name._attributes)
print(t.body[0].value.ctx is ast.parse("y").body[0].value.ctx, isinstance(t.body[0], ast.stmt))
print(ast.dump(compile("a < b", "<s>", "eval", ast.PyCF_ONLY_AST)))
