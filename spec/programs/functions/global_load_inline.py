# LOAD_GLOBAL's hit checked inline in run() (interp/global_cache.ts `slot`): a global rebound,
# deleted and defined again, a builtin shadowed by a global and unshadowed, a module dict grown
# past the large-object size (its entries vector then checked per card, out of line), and a
# global read from a loop after each change.
X = 1

def get_x():
    return X

def get_len():
    return len

def loop_sum(n):
    t = 0
    for _ in range(n):
        t += X
    return t

print(get_x(), loop_sum(5))
X = 2
print(get_x(), loop_sum(5))
del X
try:
    get_x()
except NameError as e:
    print('NameError:', e)
X = 3
print(get_x(), loop_sum(5))
import builtins
print(get_len() is builtins.len)
len = 'shadow'
print(get_len())
del len
print(get_len() is builtins.len)
for i in range(500):
    globals()['g%d' % i] = i
print(get_x(), loop_sum(3), get_len() is builtins.len, g499)
X = 4
print(get_x(), loop_sum(3))
for i in range(500):
    del globals()['g%d' % i]
print(get_x(), loop_sum(3))
