# Keyword calls bound from the stack (interp/kw_bind.ts): one function called from several sites
# with different keyword sets (the per-callee cache), defaults and keyword-only defaults changed
# between calls, methods and __init__ with keywords, and every error the fast path hands back to
# the general binding: duplicate, unexpected, missing, positional-only, too many positionals.


def k(x, y=1, z=2):
    return (x, y, z)


def kwo(a, *, b, c=30):
    return (a, b, c)


def po(a, b=2, /, c=3):
    return (a, b, c)


def kw_star(a, b=5, **rest):
    return (a, b, sorted(rest.items()))


class P:
    def __init__(self, x, y=0, *, tag='p'):
        self.v = (x, y, tag)

    def m(self, a, b=10):
        return (a, b)


def sites():
    out = []
    for i in range(6):
        out.append(k(i, y=i))
        out.append(k(i, z=-i))
        out.append(k(z=1, y=2, x=i))
        out.append(k(i, 1, z=3))
        out.append(k(x=i))
        out.append(kwo(i, b=i * 2))
        out.append(kwo(a=i, c=0, b=1))
        out.append(P(i, tag='t').v)
        out.append(P(x=i, y=1).v)
        out.append(P(i).m(b=i, a=1))
    return out


for r in sites():
    print(r)

# defaults and keyword-only defaults assigned between calls
print(k(1, z=9))
k.__defaults__ = (100, 200)
print(k(1, z=9), k(1, y=9))
kwo.__kwdefaults__ = {'c': 'new'}
print(kwo(1, b=2))
kwo.__kwdefaults__ = None
try:
    kwo(1, b=2)
except TypeError as e:
    print(e)
k.__defaults__ = None
try:
    k(1, z=2)
except TypeError as e:
    print(e)

# **kwargs with defaults
print(kw_star(1, c=3), kw_star(1, b=2, d=4), kw_star(a=0), kw_star(0, a2=1, b=7))


def attempt(f, *a, **kw):
    try:
        print(f(*a, **kw))
    except TypeError as e:
        print('TypeError:', e)


def errors():
    # the same call sites, warm, then failing (the cache entry stays valid)
    for i in range(3):
        try:
            print(k(i, x=1))
        except TypeError as e:
            print('TypeError:', e)
        try:
            print(k(i, w=1))
        except TypeError as e:
            print('TypeError:', e)
        try:
            print(kwo(i, c=1))
        except TypeError as e:
            print('TypeError:', e)
        try:
            print(kwo(b=1))
        except TypeError as e:
            print('TypeError:', e)
        try:
            print(po(1, b=2))
        except TypeError as e:
            print('TypeError:', e)
        try:
            print(po(1, 2, 3, c=4))
        except TypeError as e:
            print('TypeError:', e)
        try:
            print(k(1, 2, 3, 4, y=5))
        except TypeError as e:
            print('TypeError:', e)
        try:
            print(P(y=1))
        except TypeError as e:
            print('TypeError:', e)
        try:
            print(P(1, tog='x'))
        except TypeError as e:
            print('TypeError:', e)
        try:
            print(P(1).m(1, a=2))
        except TypeError as e:
            print('TypeError:', e)


k.__defaults__ = (1, 2)
errors()
attempt(po, 1, c=5)
attempt(po, a=1)
attempt(kwo, 1, 2, b=3)
