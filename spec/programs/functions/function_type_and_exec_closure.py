# types.FunctionType(code, globals, name, argdefs, closure) with CPython's checks; exec(code, ..., closure=)
# (3.11) and eval/exec's positional-only arguments.
import types
def outer():
    x = 10
    def inner(a, b=2):
        "doc of inner"
        return a + b + x
    return inner
f = outer()
g = types.FunctionType(f.__code__, {'__name__': 'modx'}, 'renamed', (5,), f.__closure__)
print(g(1), g(1, 1), g.__name__, g.__qualname__, g.__module__, g.__doc__, g.__defaults__, g.__closure__[0].cell_contents)
h = types.FunctionType((lambda: len('abc')).__code__, {})
print(h(), h.__name__, h.__module__)
for args in [(1, {}), (f.__code__, []), (f.__code__, {}, 5), (f.__code__, {}, None, [1]), (f.__code__, {}), (f.__code__, {}, None, None, (1,)), (f.__code__, {}, None, None, [1]), (h.__code__, {}, None, None, f.__closure__)]:
    try: types.FunctionType(*args); print('ok')
    except Exception as e: print(type(e).__name__, e)
def outer2():
    x = 1
    def inner():
        print('x is', x)
        y = x + 1
        return y
    return inner
f = outer2()
c = f.__code__
def mk(v):
    def g(): return v
    return g.__closure__[0]
cases = [lambda: exec(c), lambda: exec(c, {}, closure=None), lambda: exec(c, {'print': print}, closure=(mk(5),)), lambda: exec(c, {}, closure=[mk(5)]), lambda: exec(c, {}, closure=()), lambda: exec(c, {}, closure=(1,)), lambda: exec('1', {}, closure=(mk(1),)), lambda: exec(compile('1','s','exec'), {}, closure=(mk(1),)), lambda: eval(c, {}, closure=(mk(1),)), lambda: exec(c, {}, {}, closure=(mk(7),)),
         lambda: eval('1', globals={}), lambda: exec('1', globals={}), lambda: exec(source='1'), lambda: exec('1', {}, {}, {}), lambda: eval('1', {}, {}, {}), lambda: eval(), lambda: exec('1', {}, None, closure=None)]
for cs in cases:
    try: print(cs())
    except Exception as e: print(type(e).__name__, e)
