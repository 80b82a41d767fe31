# Indentation is not split over physical lines: a backslash after leading whitespace makes
# that whitespace the logical line's indentation (CPython issue 46091).
src_ok = 'def fib(n):\n    \\\n"""Print a Fibonacci series."""\n    \\\na, b = 0, 1\n    return a + b\n'
ns = {}
exec(compile(src_ok, '<ok>', 'exec'), ns)
print(ns['fib'].__doc__, ns['fib'](3))
src_bad = 'if x:\n    y = 1\n  \\\n  foo = 1\n'
try:
    compile(src_bad, '<bad>', 'exec')
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno)
x = 1
\
y = 2
print(x, y)
