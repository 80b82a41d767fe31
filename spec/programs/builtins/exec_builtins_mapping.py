# exec() with a non-dict mapping (or a dict subclass) as globals['__builtins__']: names missing
# from globals are looked up with its __getitem__ (LOAD_GLOBAL in functions, LOAD_NAME at top
# level, __build_class__ for a class statement); KeyError means NameError, other errors propagate.
import builtins


class M:
    def __init__(self):
        self.asked = []

    def __getitem__(self, k):
        self.asked.append(k)
        if k == 'magic':
            return 42
        return getattr(builtins, k)


m = M()
exec("print(magic, len('ab'))", {'__builtins__': m})
g = {'__builtins__': m}
exec("def f():\n    return magic + 1\nr = [f() for _ in range(3)]\nclass C: pass\n", g)
print(g['r'], g['C'].__name__, sorted(set(m.asked)))


class D(dict):
    def __missing__(self, k):
        return 'missing:' + k


exec("print(zzz)", {'__builtins__': D(print=print)})
try:
    exec("print(nope)", {'__builtins__': {'print': print}})
except NameError as e:
    print('NameError', e)


class Bad:
    def __getitem__(self, k):
        raise KeyError(k)


try:
    exec("x = 1\nprint(x)", {'__builtins__': Bad()})
except NameError as e:
    print('NameError', e)


class Boom:
    def __getitem__(self, k):
        raise ZeroDivisionError('boom ' + k)


try:
    exec("def h():\n    return len\nh()", {'__builtins__': Boom()})
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    exec("len", {'__builtins__': None})
except TypeError as e:
    print('TypeError', e)
