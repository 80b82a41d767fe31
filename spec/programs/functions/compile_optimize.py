
# compile(optimize=...): 1 drops asserts and makes __debug__ False, 2 drops docstrings too
import ast
codestr = """def f():
    \"\"\"doc\"\"\"
    debug_enabled = False
    if __debug__:
        debug_enabled = True
    try:
        assert False
    except AssertionError:
        return (True, f.__doc__, debug_enabled, __debug__)
    else:
        return (False, f.__doc__, debug_enabled, __debug__)
class C:
    \"\"\"class doc\"\"\"
"""
for optval in (-1, 0, 1, 2):
    for code in (compile(codestr, "<test>", "exec", optimize=optval), compile(ast.parse(codestr), "<test>", "exec", optimize=optval)):
        ns = {}
        exec(code, ns)
        print(optval, ns['f'](), ns['C'].__doc__)
m = compile('"""module doc"""\nx = __doc__', 'm', 'exec', optimize=2)
ns = {}
exec(m, ns)
print(ns['x'])
try:
    compile('1', 'm', 'exec', optimize=3)
except ValueError as e:
    print('ValueError', e)
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    compile('assert (1, "msg")', 'm', 'exec', optimize=1)
print([str(x.message) for x in w])

