# LOAD_GLOBAL of a builtin through the inline cache hit (interp/global_cache.ts): the hit must
# miss when a global shadows the builtin, when the shadow is deleted, when builtins.X is replaced
# or deleted, and when one code object runs under different builtins (exec).
import builtins


def n(x):
    return len(x)


for i in range(300):
    r = n('abc')
print(r)
globals()['len'] = lambda x: 'shadow'
print(n('abc'))
del globals()['len']
print(n('abc'))
orig = builtins.len
builtins.len = lambda x: 'patched'
print(n('abc'))
builtins.len = orig
print(n('abcd'))
del builtins.len
try:
    n('abc')
except NameError as e:
    print('NameError', e)
builtins.len = orig
print(n('ab'))

# a new global (not the name) added while the hit is warm: still the builtin
for i in range(300):
    r = n([1])
for j in range(50):
    globals()['extra_%d' % j] = j
print(n([1, 2]))

# one code object under three builtins: the module's, a dict, a dict without the name
code = compile('r = [len(s) for s in ("a", "bb")]', '<x>', 'exec')
for b in (builtins.__dict__, {'len': lambda s: -1}, {}):
    g = {'__builtins__': b}
    try:
        for _ in range(200):
            exec(code, g)
        print(g['r'])
    except NameError as e:
        print('NameError', e)


# a builtin in a function whose globals gains the same name at module level later
def m():
    return abs(-3)


for i in range(300):
    r = m()
print(r)
abs = lambda x: 'module abs'
print(m())
del abs
print(m())
