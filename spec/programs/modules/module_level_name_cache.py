# Module-level LOAD_NAME/STORE_NAME go through a per-instruction cache of the globals entry
# (vm/interp/global_cache.ts): every way the entry can change under a loop must be seen.
import builtins

total = 0
for i in range(6):
    total += i
    if i == 2:
        del total            # the entry is deleted: the next store inserts it again
        total = 100
    if i == 3:
        globals()['total'] = total * 2   # written behind the cache's back
    if i == 4:
        for j in range(40):
            globals()['filler%d' % j] = j    # the entries vector is resized
print(total, filler39)

# a builtin shadowed by a global, then the global deleted: the builtin again
out = []
for k in range(4):
    if k == 1:
        len = lambda x: -1
    if k == 2:
        del len
    out.append(len('abc'))
print(out)

# a builtin replaced in the builtins module while a loop runs
orig_abs = builtins.abs
res = []
for k in range(3):
    if k == 1:
        builtins.abs = lambda x: 'patched'
    res.append(abs(-5))
builtins.abs = orig_abs
print(res)

# the same code object run with different globals (exec): each dict is its own entry
code = compile("for q in range(3):\n    acc = acc + q\n", "<loop>", "exec")
g1 = {'acc': 0}
g2 = {'acc': 1000}
for _ in range(3):
    exec(code, g1)
    exec(code, g2)
print(g1['acc'], g2['acc'])

# exec with a dict subclass as globals: __missing__ is seen by LOAD_NAME
class D(dict):
    def __missing__(self, key):
        if key == 'undefined_name':
            return 'missing:' + key
        raise KeyError(key)
d = D()
exec("for _ in range(2):\n    r = undefined_name\n", d)
print(d['r'])
d = D()
exec("r = []\nfor _ in range(2):\n    r.append(42)\n", d)
print(d['r'])

# class bodies store names into a fresh namespace each time
def make(n):
    class C:
        for v in range(n):
            last = v
        size = n
    return C
print([(make(n).last, make(n).size) for n in (1, 3, 5)])

# a name not defined at all
try:
    for _ in range(3):
        print(never_defined)
except NameError as e:
    print(e)
