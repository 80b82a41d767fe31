# Where more syntax errors are reported, as CPython 3.11's parser does: a try with no handler
# (at the token it looked ahead to; a DEDENT or the end of the file has no position: where the
# tokenizer stood, with no end), leading zeros (up to the first other digit), unpacking in a
# comprehension or a lone parenthesized group, `*` after `**` in a call, and a parenthesized
# with-statement (a generic error at the furthest token either form reached).
cases = ['0777', 'x = 0777 + 1', '0_7', '00000001', '00', '0_0', '0e0', '09.5', '0777j', '0777.',
         'f(**x, *y)', 'f(**x, *y, z)', 'f(*x for x in y)',
         '(*x) = 1', '[*x] = 1', '*x = 1', '(*x,) = 1', 'x = (*a)', 'del (*x)', 'for (*x) in y: pass',
         'print((*a))', '(*a) + 1', 'f((*a))', '[(*a)]', '(*a, *b)', '((*a))',
         '(**x)', '(**x, 1)', '(**)', '(**x + )',
         '[*x for x in y]', '{*x for x in y}', '{**x for x in y}', '(*x for x in y)', '[*x async for x in y]',
         'try:\n  pass\n', 'try:\n  pass\nx=1\n', 'try:\n  pass\n\n\n', 'try:\n  pass', 'try:\n  pass\n  \n',
         'try:\n  pass # c\n', 'def f():\n  try:\n    pass\nx=1\n', 'def f():\n  try:\n    pass\n',
         'def f():\n  try:\n    pass\n  x=1\n', 'def f():\n  try:\n    pass\n\n\n    # c\n  x=1\n',
         'try: pass\nx', 'try: pass\n', 'try:\n  pass\nelse:\n  pass\n',
         'with (a as b, c as d: pass', 'with (a, b as c) as d: pass', 'with (a as b, c as d): pass',
         'with (yield) as x: pass', 'with (a)(b) as c: pass', 'with (a as b) + 1: pass', 'with (a, b:\n pass']
for src in cases:
    try:
        compile(src, '<s>', 'exec')
        print(repr(src), 'ok')
    except SyntaxError as e:
        print(repr(src), repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
