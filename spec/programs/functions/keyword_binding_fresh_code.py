# Keyword calls from code made at run time (exec, compile, code.replace): each new caller
# brings new keyword-names tuples (with other names in the same positions) to a callee the
# keyword cache of interp/kw_bind.ts already knows, and new callees get calls with names they
# lack. Garbage is made between the calls so that collections run while old callers are dropped.
import gc


def target(a, b=0, c=0, *, d=0, e=0):
    return (a, b, c, d, e)


names = ['b', 'c', 'd', 'e']
seen = []
for n in range(40):
    first = names[n % 4]
    second = names[(n + 1) % 4]
    src = f'def caller(i):\n    return target(i, {first}=i + 1, {second}=-i)\n'
    ns = {'target': target}
    exec(compile(src, f'<caller {n}>', 'exec'), ns)
    junk = [[k] * 8 for k in range(2000)]
    got = ns['caller'](n)
    want = {'a': n, 'b': 0, 'c': 0, 'd': 0, 'e': 0}
    want[first] = n + 1
    want[second] = -n
    seen.append(got == tuple(want.values()))
    del ns, junk
    if n % 10 == 9:
        gc.collect()
print(all(seen), seen.count(False))

# new callees, the same caller code: the names are looked up in each callee's own parameters
code = compile('def callee(x, y=None, z=None):\n    return (x, y, z)\n', '<callee>', 'exec')


def call_it(f, i):
    return f(i, z=i * 2), f(y=i, x=-i)


for n in range(5):
    ns = {}
    exec(code, ns)
    print(n, call_it(ns['callee'], n))

# a callee whose parameters are renamed (__code__ = code.replace(...)): the same call site,
# another binding each time
def r(p, q=1):
    return ('r', p, q)


def call_r(f):
    try:
        return f(0, q=5)
    except TypeError as e:
        return str(e)


code_r = r.__code__
print(call_r(r))
r.__code__ = code_r.replace(co_varnames=('p', 'w'))
print(call_r(r))
r.__code__ = code_r.replace(co_varnames=('q', 'p'))
print(call_r(r))
r.__code__ = code_r
print(call_r(r))

# a class with an inlined __init__ made by exec, called with keywords from fresh code each time
for n in range(3):
    ns = {}
    exec(f'class K:\n    def __init__(self, u, v{n}=0, *, w=9):\n        self.t = (u, v{n}, w)\n'
         f'def make(i):\n    return K(i, v{n}=i + 1).t, K(w=i, u=i - 1).t\n', ns)
    print(n, ns['make'](n))
