# ast.unparse of expressions: parentheses only where precedence needs them, string quoting,
# f-strings, constants that have no literal (inf, nan), tuples and starred items
import ast

CASES = [
    "a + b * c", "(a + b) * c", "a - (b - c)", "(a - b) - c", "a ** b ** c", "(a ** b) ** c",
    "-a ** -b", "(-a) ** b", "not a == b", "(not a) == b", "a if b else c if d else e",
    "(a if b else c) if d else e", "lambda: (yield)", "lambda x, *y, **z: x + y",
    "a and b or c and not d", "a and (b or c)", "(a, b), c", "a[1:2, ::3, ...]", "a[(1, 2)]",
    "a[()]", "f(*args, *more, k=1, **kw)", "(x := 5) + 1", "[y := f(x), y ** 2]",
    "{**a, 'b': 1, **{'c': 2}}", "{1, 2}", "set()", "(1).real", "1 .real", "1.5.real",
    "await x", "x.y.z(1)(2)[3]", "a < b <= c != d is not e not in f", "~a & b | c ^ d << e >> f",
    "a @ b // c % d / e", "[x for x in y if x if not x for z in x]", "{k: v for k, v in d.items()}",
    "(x for x in y)", "f(x for x in y)", "{x async for x in y}", "*a, b = c", "a, = b",
    "'single' + \"double\" + '''it's''' + 'both \\' \"'", "b'bytes\\x00' + rb'raw'", "u'unicode'",
    "f'{a} {b!r} {c:>{w}} {d!s:.2f} {{literal}}'", "f'{x=}'", "f'''{a}\\n{\"q\"}'''",
    "f\"{'nested'}\"", "f'{ {1: 2}[1] }'", "1e400", "-1e400", "1e400j", "(1e400 - 1e400)",
    "10 ** 100", "0x_ff + 0o17 + 0b1", "'\\t\\n\\x01\\u1234'", "...", "(yield)",
]
for source in CASES:
    tree = ast.parse(source)
    text = ast.unparse(tree)
    same = ast.dump(ast.parse(text)) == ast.dump(tree)
    print(f"{source!r:50} -> {text}" + ("" if same else "   (round trip differs)"))
print(ast.unparse(ast.Constant(value=float('nan'))))
print(ast.unparse(ast.Tuple(elts=[], ctx=ast.Load())))
print(ast.unparse(ast.Constant(value=(1, 'a', None))))
print(ast.unparse(ast.Constant(value=(1,))))
