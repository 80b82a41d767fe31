# Compile-time warnings of compile(), exec() and eval() seen by catch_warnings(record=True):
# category, message, filename and line, once per compilation (twice where CPython compiles the
# code twice: a while test, a finally body), after constant folding (x is -1, x is ()).
import warnings

SNIPPETS = [
    'x is 5', 'x is -1', 'x is ()', 'x is not "a"', 'x is None or x is ...', '1 < x is 2',
    'def f():\n    return x is 5', 'while not x is 5:\n    pass', 'try:\n    pass\nfinally:\n    x is 5',
    'assert (x, "message")', 'assert ()', '(1)(2)', '[1, 2](3)', 'f"a"(1)', '{1}[0]', 'None[0]',
    '(lambda: 0)[0]', '[1, 2][1.5]', '(1, 2)["a"]', '"abc"[()]', '[1][x]', '"ab"[1]',
    'x = "\\d"', 'x = b"\\d"', 'x = "\\777"', 'x = b"\\400"', 'x = "\\d\\e"', 'x = f"\\d{x}\\e"',
    'x = f"{x:\\d}"', 'x = r"\\d"', 'x = "\\é"', 'x = 0in y', 'x = 1if y else 2', 'x = 0x1for y in z',
    'x = 1\n(x\n is\n 5)',
]


def show(w):
    for m in w:
        print('   ', m.category.__name__, m.filename, m.lineno, str(m.message))


for src in SNIPPETS:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        compile(src, 'snippet.py', 'exec')
    print(repr(src), len(w))
    show(w)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    exec('y = 3\nr = y is 3')
    print('eval', eval('[1, 2][0.0] if 0 else "x" is "x"'))
    code = compile('z is 7', '<code>', 'exec')
    z = 0
    exec(code)  # a code object does not warn again
show(w)

# f'\{...}': a warning, and the brace still opens a field
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(eval('f"\\{6*7}"'))
show(w)
