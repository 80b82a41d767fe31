# MAKE_FUNCTION's __module__ is the globals' __name__ at the moment the function is made (the
# value now, None once deleted, a new value after a rebind or a dict resize), for def, lambda,
# genexprs and comprehensions' hidden functions; __name__/__qualname__/__doc__ from the code;
# defaults evaluated at def time; closures made in a loop capture their own cells.
import sys

def make():
    return lambda: 0

def show(tag, f):
    print(tag, f.__name__, f.__qualname__, repr(f.__module__), repr(f.__doc__))

for i in range(3):
    show('loop', make())

g = globals()
old = __name__
__name__ = 'renamed'
show('renamed', make())
f_in_loop = [make() for _ in range(3)]
print([x.__module__ for x in f_in_loop])
del g['__name__']
show('deleted', make())
def nodoc():
    x = 1
def withdoc():
    "the doc"
show('def-deleted', nodoc)
g['__name__'] = 'back'
show('back', make())
# many new globals: the globals dict grows (its entries vector is replaced) between two makes
for i in range(200):
    g['filler_%d' % i] = i
show('after-resize', make())
__name__ = 12345
show('int-name', make())
for i in range(200):
    del g['filler_%d' % i]
__name__ = 'again'
show('after-deletes', make())

def docd():
    "doc string"
    return 1
show('doc', docd)
show('doc-again', docd)
class C:
    "class doc"
    def m(self):
        "method doc"
    def n(self):
        return 1
show('method', C.m)
show('method-nodoc', C.n)
print(C.__module__)

# the same code object, different globals (exec with another dict)
code = compile("def h():\n    'hdoc'\nres = h", "<x>", "exec")
for name in ['one', 'two', None]:
    d = {} if name is None else {'__name__': name}
    exec(code, d)
    show('exec', d['res'])

# genexpr and comprehension functions see the same globals' __name__
__name__ = 'gx'
gen = (x for x in range(2))
print(gen.__name__, gen.__qualname__, gen.gi_code.co_name)
print(sum(x for x in range(5)), [y for y in range(3)])

# defaults evaluated at def time
fs = []
for i in range(3):
    def d(a=i, *, b=i * 10):
        return a, b
    fs.append(d)
print([f() for f in fs], [f.__defaults__ for f in fs], [f.__kwdefaults__ for f in fs])

# closures in a loop: each def captures the cell of its own call
def outer(k):
    def inner():
        return k
    return inner
cl = [outer(k) for k in range(4)]
print([c() for c in cl], len({id(c.__closure__[0]) for c in cl}))
cells = []
for k in range(3):
    def mk(k=k):
        v = [k]
        return lambda: v[0]
    cells.append(mk())
print([c() for c in cells])
# a closure sharing one cell of a loop variable (late binding)
late = [lambda: j for j in range(3)]
print([f() for f in late])
__name__ = old
show('restored', make())
