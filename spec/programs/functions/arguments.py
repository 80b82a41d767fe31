# Positional-only, keyword-only, defaults, *args and **kwargs.
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, sorted(kw.items()))


print(f(1, d=4))
print(f(1, 9, 8, 7, 6, d=0, z=1, y=2))
print(f(*[1, 2, 3], **{"d": 4, "q": 5}))
