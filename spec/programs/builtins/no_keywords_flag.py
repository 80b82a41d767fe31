# Builtins that take no keyword arguments (the flag callBuiltin tests only when a call has
# keywords): each raises before it runs, through every way of calling it; an empty ** is no keyword.
import builtins
import functools

NOKW = [(abs, (1,)), (all, ([],)), (any, ([],)), (ascii, (1,)), (bin, (3,)), (callable, (1,)),
        (chr, (65,)), (divmod, (7, 2)), (format, (1,)), (getattr, (1, 'real')), (hasattr, (1, 'x')),
        (hash, (1,)), (hex, (3,)), (id, (1,)), (isinstance, (1, int)), (issubclass, (int, int)),
        (iter, ([],)), (oct, (8,)), (ord, ('a',)), (repr, (1,))]
for f, a in NOKW:
    try:
        f(*a, x=1)
    except TypeError as e:
        print(type(e).__name__, e)
    f(*a, **{})
    try:
        functools.partial(f, key=2)(*a)
    except TypeError as e:
        print('partial', e)
    try:
        getattr(builtins, f.__name__)(*a, **{'y': 3})
    except TypeError as e:
        print('builtins.', e)
# those that take keywords still do
print(sorted([3, 1, 2], key=lambda v: -v), max([1, 5], key=lambda v: -v), print('a', end='|'))
print(int('10', base=2), round(number=2.5), sum([1, 2], start=3))
# a keyword call of a no-keyword builtin inside a loop that also calls it plainly
for i in range(3):
    abs(-i)
    try:
        abs(-i, n=i)
    except TypeError as e:
        print(i, e)
