# ast.parse(type_comments=True): a type comment after a bare `*` is "bare * has associated type
# comment" at the comment (invalid_star_etc); after a named parameter it is the arg's.
import ast

sources = [
    'def f(\n    *, # type: int\n    a, # type: int\n):\n    pass\n',
    'def f(*, # type: int\n a): pass',
    'def f(a, *, # type: int\n b): pass',
    'def f(*, a, # type: int\n): pass',
    'def f(a, # type: int\n *, b): pass',
]
for s in sources:
    try:
        t = ast.parse(s, type_comments=True)
        a = t.body[0].args
        print('ok', [x.type_comment for x in a.args + a.kwonlyargs])
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    try:
        ast.parse(s)
        print('ok without type comments')
    except SyntaxError as e:
        print(e.msg)
