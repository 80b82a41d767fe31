# A function's __builtins__ is always a dict (the builtins module gives its dict; a globals dict
# without __builtins__ gives the running frame's builtins); exec() inserts the running builtins;
# an imported module's __builtins__ is the dict; __code__ must keep the number of free vars.
import builtins
import textwrap
import json


def f(s):
    return len(s)


print(type(__builtins__).__name__, f.__builtins__ is builtins.__dict__)
print(type(json.__builtins__).__name__, json.__builtins__ is builtins.__dict__)
g = type(f)(f.__code__, {})
print(g.__builtins__ is builtins.__dict__, g('abc'))

code = textwrap.dedent("""
    def func3(s): pass
    func4 = type(func3)(func3.__code__, {})
    inner = {}
    exec('x = 1', inner)
""")
safe = {'None': None, 'exec': exec}
ns = {'type': type, '__builtins__': safe}
exec(code, ns)
print(ns['func3'].__builtins__ is safe, ns['func4'].__builtins__ is safe,
      '__builtins__' in ns['func4'].__globals__, ns['inner']['__builtins__'] is safe)
ns2 = {}
exec('def h(): pass', ns2)
print(ns2['__builtins__'] is builtins.__dict__, ns2['h'].__builtins__ is builtins.__dict__)
ns3 = {'__builtins__': builtins}
exec('def h(): return len("ab")', ns3)
print(ns3['__builtins__'] is builtins, ns3['h'].__builtins__ is builtins.__dict__, ns3['h']())

one, two = 7, 8
def a(): pass
def b(): return 12
def c(): return one
def d(): return two
def e(): return one, two
def outer():
    x = 1
    def c1(): return x
    def c2(): return x + 1
    def c3(): return 1
    return c1, c2, c3
c1, c2, c3 = outer()
c1.__code__ = c2.__code__
print(c1())
for fn, code in [(c3, c1.__code__), (c1, c3.__code__), (a, b.__code__)]:
    try:
        fn.__code__ = code
        print('set', fn.__name__, fn())
    except ValueError as err:
        print('ValueError', err)
