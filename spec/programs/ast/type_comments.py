# ast.parse(type_comments=True): `# type:` comments where the grammar places them (defs, their
# parameters, assignments, for, with), `# type: ignore` listed in Module.type_ignores, and a type
# comment anywhere else a SyntaxError; mode='func_type'; feature_version's checks.
import ast

def show(src, **kw):
    try:
        print(ast.dump(ast.parse(src, type_comments=True, **kw), include_attributes=False))
    except SyntaxError as e:
        print('SyntaxError:', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

show('def f(a,  # type: int\n      b):\n    # type: (...) -> None\n    x = 1  # type: int\n')
show('def g(a, b):  # type: (int, int) -> int\n    return a  # type: ignore\n')
show('def f(*a, # type: int\n **k # type: str\n ): pass\n')
show('def f(a=1, # type: int\n *, b=2 # type: str\n ): pass\n')
show('for x in y:  # type: int\n    pass\n')
show('async def f():\n    async for x in y:  # type: int\n        pass\n    async with a as b:  # type: T\n        pass\n')
show('with a as b, c:  # type: int\n    pass\n')
show('with (a, b):  # type: int\n    pass\n')
show('a = b = 1 # type: int\nx = 1  #type:int  \ny = 2 # type:  \n')
show('x=1 # type: ignore\n# type: ignore[foo]  \ny=2 # type: ignored\nz=3 # type: ignore_\n')
show('x = 1 # type: ignore # foo\n')
# misplaced type comments
show('x = 1\n# type: int\ny = 2\n')
show('if x:  # type: int\n    pass\n')
show('x = (1, # type: int\n 2)\n')
show('with (a as b):  # type: int\n    pass\n')
show('def f(a # type: int\n , b): pass\n')
show('x += 1 # type: int\n')
show('def f():  # type: () -> int\n    # type: () -> str\n    pass\n')
# without the flag they are comments
print(ast.dump(ast.parse('x = 1  # type: int\n')))
# positions: the comment is part of the assignment
t = ast.parse('x = 1  # type: int\n', type_comments=True).body[0]
print(t.end_col_offset)
# function type signatures
for s in ['(int, *str, **Any) -> float', '() -> None', '(*int, **str) -> None', '(int, *str, *Any) -> float', '(int, **str, Any) -> float', '(int,) -> int', '(a) -> b c']:
    try:
        print(ast.dump(ast.parse(s, mode='func_type')))
    except SyntaxError as e:
        print('SyntaxError:', e.msg)
# feature_version
for src, v in [('a = b @ c\n', 4), ('x: int = 1\n', 5), ('(x := 1)\n', 7), ('def f(a, /): pass\n', 7), ('f"{a}"\n', 5),
               ('a = 1_0\n', 5), ('match x:\n case 1: pass\n', 9), ('async = 12\nawait = 13\n', 6), ('async = 12\n', 7)]:
    try:
        ast.parse(src, feature_version=(3, v))
        print(v, 'ok')
    except SyntaxError as e:
        print(v, 'SyntaxError:', e.msg)
