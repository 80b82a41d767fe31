# A filter "error" turns a compile-time warning into the SyntaxError CPython raises in its place
# (SyntaxWarning from the compiler, DeprecationWarning from the parser, the literal warning of
# the tokenizer), with its position; "ignore" silences them; the category and message filters
# and the module (the filename without .py) apply; uncaught, it ends the program.
import warnings

CASES = [
    ('x = 1\ny = (x\n  is 5)', 'f.py'), ('x is ()', '<s>'), ('assert (1, 2)', 'f.py'), ('x = "\\d"', '<s>'),
    ('x = b"\\777"', '<s>'), ('x = 10in y', '<s>'), ('(1)(2)', 'f.py'), ('x = "a" f"\\{1}"', '<s>'),
    ('"a" "\\d"\nx is 5', '<s>'),
]
warnings.simplefilter('error')
for src, name in CASES:
    try:
        compile(src, name, 'exec')
        print('compiled', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.args, e.end_lineno, e.end_offset)

warnings.simplefilter('ignore')
compile('x is 5', 'f.py', 'exec')
print('ignored')

warnings.resetwarnings()
warnings.filterwarnings('error', category=SyntaxWarning)
compile('x = "\\d"', 'f.py', 'exec')  # a DeprecationWarning: the default action shows it
print('deprecation passes')
warnings.resetwarnings()
warnings.filterwarnings('error', message='"is" with')
compile('(1)(2)', 'f.py', 'exec')
try:
    compile('x is 5', 'f.py', 'exec')
except SyntaxError as e:
    print('message filter:', e.msg)
warnings.resetwarnings()
warnings.filterwarnings('error', module='other')
compile('x is 5', 'mine.py', 'exec')
try:
    compile('x is 5', 'other.py', 'exec')
except SyntaxError as e:
    print('module filter:', e.msg, e.filename)

warnings.simplefilter('error')
exec('def f(x):\n    return x is not 1')
