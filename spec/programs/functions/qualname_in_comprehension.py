# __qualname__ of functions made inside comprehensions: a comprehension is not a scope that
# adds ".<locals>" (CPython 3.11's compiler_set_qualname), a function or lambda around it is.
f = [lambda: 0 for _ in 'a'][0]
print(f.__qualname__)
g = [[lambda: 1 for _ in 'a'] for _ in 'b'][0][0]
print(g.__qualname__)


def h():
    return [lambda: 2 for _ in 'a'][0]


print(h().__qualname__)


class C:
    k = [lambda: 3 for _ in 'a'][0]

    def m(self):
        return {n: (lambda: n) for n in 'x'}['x']


print(C.k.__qualname__, C().m().__qualname__)
print((lambda: (lambda: 0))().__qualname__)
gen = (lambda: 4 for _ in 'a')
print(next(gen).__qualname__)


def deco(fn):
    return fn


fs = [deco(lambda: 5) for _ in 'a']
print(fs[0].__qualname__, repr(fs[0]).split(' at ')[0])
