# Positional-only, positional-or-keyword, *args, keyword-only, **kwargs binding.
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, kw)
print(f(1, d=4))
print(f(1, 20, 30, 40, 50, d=4, z=9))
print(f(1, c=7, d=4, e=6, a=100))
print(f(*[1, 2, 3], **{"d": 0, "x": 1}))
def g(*, only): return only
print(g(only="k"))
def h(x, /): return x
print(h(5))
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
