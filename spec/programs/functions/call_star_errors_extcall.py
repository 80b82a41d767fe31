# The messages of bad *x / **x call arguments (CPython's test_extcall / test_unpack_ex doctests):
# a repeated key of any type in f(**a, **b), str(x) naming a callable without __qualname__,
# a TypeError raised by __iter__ of f(*a, *x) going through, builtins that take no keywords,
# str-subclass keyword names (matched through their __eq__).
import warnings
warnings.simplefilter('ignore')


def f(a, b):
    print(a, b)


def g(*a, **k):
    return a, k


class BrokenIterable:
    def __iter__(self):
        raise TypeError('myerror')


class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError(i)


cases = [
    "f(**{1: 3}, **{1: 5})", "f(**{1: 3})", "g(**{1: 3})", "f(**{'a': 3}, **{'a': 5})",
    "g(**{'a': 3}, **{(1, 2): 5}, **{(1, 2): 6})", "id(1, **{'foo': 1})", "id(1, *{})",
    "None(*f)", "None(**f)", "g(*1)", "g(**1)", "g(a=1, **{'a': 2})", "g(1, *2)",
    "g(*range(1), *BrokenIterable())", "g(*BrokenIterable())", "[*range(2), *BrokenIterable()]",
    "g(*range(1), *Seq())", "[*Seq(), *3]",
]
for name in ['abs', 'hash', 'isinstance', 'getattr', 'divmod', 'repr', 'vars', 'ord', 'iter', 'next', 'dir']:
    cases.append(name + "(foo=1)")
for src in cases:
    try:
        r = eval(src)
        print(src, '->', r if src != "id(1, *{})" else type(r).__name__)
    except Exception as e:
        print(src, '!', type(e).__name__, e)


class Name(str):
    def __eq__(self, other):
        try:
            del x[self]
        except KeyError:
            pass
        return str.__eq__(self, other)

    def __hash__(self):
        return str.__hash__(self)


x = {Name("a"): 1, Name("b"): 2}
f(**x)
print(sorted(x))
print([type(k).__name__ for k in g(**{Name('z'): 1})[1]])

