# Recursion that passes through builtins and special methods counts the builtin calls as
# CPython 3.11 does (a builtin calling back into Python is one level), so it stops at the same
# depth with the same message; plain Python recursion is untouched.
m = 0


def plain(n):
    global m
    m = n
    plain(n + 1)


try:
    plain(0)
except RecursionError as e:
    print("plain", m, e)


class Hashed:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        through_hash(self.n + 1)
        return 0


def through_hash(n):
    global m
    m = n
    hash(Hashed(n))


try:
    through_hash(0)
except RecursionError as e:
    print("hash", m, e)


def through_max(n):
    global m
    m = n
    max([n], key=lambda x: through_max(n + 1))


try:
    through_max(0)
except RecursionError as e:
    print("max key", m, e)


def through_genexpr(n):
    return max(through_genexpr(n - 1) for _ in [0]) if n else 0


for n in (300, 330, 340):
    try:
        print("genexpr", n, through_genexpr(n))
    except RecursionError as e:
        print("genexpr", n, e)


class R:
    def __init__(self, inner):
        self.inner = inner

    def __repr__(self):
        return "R(%r)" % (self.inner,)


r = None
for _ in range(5000):
    r = R(r)
try:
    repr(r)
except RecursionError as e:
    print("user repr", e)
print(repr(R(R(None))))
