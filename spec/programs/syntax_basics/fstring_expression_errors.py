# Errors inside an f-string replacement field are located as CPython 3.11 does: it compiles
# "(" + expression + ")" with a parser of its own, so the error keeps that source's columns and
# line text (tokenizer errors also lose the "f-string: " prefix); only its lines are moved.
cases = ["f'{1_a}'", "x = f'{ 1_a}'", "f'''\n{\n(123_a)\n}'''", "f'{1e+}'", "f'{0x}'", "f'{a $ b}'", "f'{(}'", "f'{)}'",
         "f'{\"a}'", "x = 1\ny = f'''{\n  0b2}'''", "f'{a:{1_a}}'", "f'{a!r:{0o8}}'", "f'{3€}'", "f'{a\tb}'", "f'{a # c}'",
         "f'{lambda: 1_a}'", "f'{ {1_a} }'"]
for s in cases:
    try:
        compile(s, 's', 'exec')
        print(repr(s), 'ok')
    except SyntaxError as e:
        print(repr(s), repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
