# compile() of sources given as str or bytes: \r\n and a lone \r read as \n (string literals
# included), as CPython's tokenizer does; an f-string's empty replacement field named by what
# follows it ("expression required before '!'"), and f-string errors placed at the token after
# the string group (in eval input without a final newline: the line's length, no end).
import ast
for src in ['x = 1\ry = 2\r', 'f"\\\r"', "f'{\r}'", 'x = "a\\\rb"', '"""a\rb"""', 'x = 1\r\ny = 2', '#c\rx=3']:
    try:
        print(repr(src), ast.dump(ast.parse(src)))
        print(eval(compile(src, '<s>', 'exec' if '=' in src else 'eval')) if '=' not in src else '')
    except SyntaxError as e:
        print(repr(src), 'SyntaxError', e)
for src in [b'x = 1\r\ny = 2\r\n', b'"""a\r\nb"""\r', bytearray(b'#c\rz = 1')]:
    ns = {}
    exec(src, ns)
    print(sorted((k, v) for k, v in ns.items() if k != '__builtins__'))
for src in ["f'{}'", "f'{}'\n", "x = f'{}'\n", "x = f'{}' + 1\n", "f'{}' 'abc'\n", "(f'{}'\n)", "f'{!r}'", "x = f'{!r}'\n", "print(f'{:x}', 1)\n"]:
    for mode in ('exec', 'eval'):
        try:
            compile(src, '<string>', mode)
        except SyntaxError as e:
            print(repr(src), mode, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
for src in ["f'{!r}'", "f'{:x}'", "f'{}'", "f'{ }'", "f'{!x}'", "f'{ !r}'", "f'{=}'", "f'{ =}'", "f'{!}'", "f'{:}'", "f'{ :}'", "f'{\t!r}'", "f'x{!r:>3}'", "f'{=!r}'", "f'{\n}'", "f'''{\n!r}'''"]:
    try:
        compile(src, '<string>', 'eval')
        print(src, 'ok')
    except SyntaxError as e:
        print(repr(src), e, e.offset)
