# f_lineno / f_lasti of running frames: the current line, not the last raise's or the first.
import sys
import traceback
import warnings


def in_except():
    try:
        1 / 0
    except ZeroDivisionError:
        x = 1
        print("except block", sys._getframe().f_lineno)
    print("after it", sys._getframe().f_lineno)
    return sys._getframe(1).f_lineno


print("caller's line", in_except())


def gen():
    yield 1
    a = 2
    print("generator", sys._getframe().f_lineno)
    yield sys._getframe().f_lineno
    try:
        raise KeyError(a)
    except KeyError:
        yield sys._getframe().f_lineno


print(list(gen()))


def lasti_positions():
    fr = sys._getframe()
    pos = list(fr.f_code.co_positions())[fr.f_lasti // 2]
    return pos[0], fr.f_code.co_code[fr.f_lasti] != 0


print("f_lasti's position", lasti_positions())


def caller_lines(depth):
    out = []
    f = sys._getframe(1)
    while f is not None and depth:
        out.append((f.f_code.co_name, f.f_lineno))
        f = f.f_back
        depth -= 1
    return out


def outer():
    x = [1,
         2]
    return caller_lines(3)


print(outer())


def stack():
    return [(fs.name, fs.lineno) for fs in traceback.extract_stack()][-2:]


print(stack())


def warn_here():
    warnings.warn("from the caller", stacklevel=2)


warnings.simplefilter("always")
warnings.showwarning = lambda msg, cat, fn, lineno, *a: print("warning at line", lineno, msg)
warn_here()
try:
    {}["k"]
except KeyError:
    warn_here()


def callback_line():
    seen = []
    sorted([3, 1, 2], key=lambda v: seen.append(sys._getframe(1).f_lineno) or v)
    return seen


print("key called from sorted", callback_line())


class Props:
    @property
    def where(self):
        return sys._getframe(1).f_lineno

    @where.setter
    def where(self, v):
        print("setter called from line", sys._getframe(1).f_lineno)

    @property
    def old(self):
        warnings.warn("old is deprecated", DeprecationWarning, stacklevel=2)
        return 1

    def __getitem__(self, k):
        return sys._getframe(1).f_lineno

    def __setitem__(self, k, v):
        print("__setitem__ called from line", sys._getframe(1).f_lineno)

    def __add__(self, other):
        return sys._getframe(1).f_lineno


def use_props():
    p = Props()
    a = p.where
    p.where = 5
    b = p[0]
    p[1] = 2
    c = p + 1
    d = p.old
    fr = sys._getframe()
    e = fr.f_lineno
    return a, b, c, d, e


print(use_props())
