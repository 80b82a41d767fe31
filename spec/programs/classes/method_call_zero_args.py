# `o.m()`: a LOAD_METHOD hit runs the CALL right after it without a dispatch of its own
# (vm/NOTES.md "h22-objects"): Python and builtin methods, the errors such a CALL raises and the
# instruction they are reported at, methods replaced or shadowed between calls, generators.
import dis
import sys


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n

    def needs_arg(self, x):
        return x

    def boom(self):
        raise ValueError('boom %d' % self.n)

    def gen(self):
        yield self.bump()
        yield self.bump()


def where(fn, *args):
    try:
        return fn(*args)
    except Exception as e:
        tb = sys.exc_info()[2].tb_next  # fn's frame
        ops = [i.opname for i in dis.get_instructions(fn) if i.offset == tb.tb_lasti]
        names = []
        while tb is not None:
            names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno))
            tb = tb.tb_next
        return f'{type(e).__name__}: {e} at {ops if len(names) == 1 else names}'


def calls(c, items):
    out = []
    for _ in range(3):
        out.append(c.bump())             # LOAD_FAST + LOAD_METHOD, then CALL
        out.append(c.__class__.bump(c))  # a method with an argument (no fall through)
        out.append(items.pop())          # a builtin method
        out.append(items.copy())
        out.append(str(c.n).isdigit())
    return out


def missing_arg(c):
    return c.needs_arg()


def raising(c):
    return c.boom()


def plain_site(cs):
    return [x.bump() for x in cs]  # the object from the iteration


print(calls(Counter(), [1, 2, 3, 4, 5, 6]))
print(where(missing_arg, Counter()))
print(where(raising, Counter()))
print(list(Counter().gen()))

# the class's method replaced and shadowed between calls of one site
cs = [Counter() for _ in range(20)]
print(plain_site(cs))
Counter.bump = lambda self: 'replaced'
print(plain_site(cs))
cs[3].bump = lambda: 'instance attribute'
print(plain_site(cs))
del Counter.bump
print([where(lambda x: x.bump(), x) for x in cs[2:5]])


# a method that is a staticmethod, a classmethod, a callable instance attribute
class Kinds:
    @staticmethod
    def st():
        return 'static'

    @classmethod
    def cm(cls):
        return cls.__name__

    def __init__(self):
        self.f = Kinds.st


k = Kinds()
print([k.st(), k.cm(), k.f(), Kinds.cm(), Kinds.st()])


# a deep recursion through zero-argument method calls still raises RecursionError
class Deep:
    def down(self):
        return self.down()


try:
    Deep().down()
except RecursionError as e:
    print('RecursionError:', e)
