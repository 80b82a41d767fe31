# code.replace(): every co_* keyword CPython 3.11 accepts, its type and value checks, a function
# running a replaced code object; co_lines()/co_positions() consistency with co_code; a
# co_linetable without locations gives f_lineno/tb_lineno None.
import os
import sys


def f(a, b=1, *, c=2):
    x = a + b
    return x * c


code = f.__code__
print(code.replace() is not code, code.replace().co_name)
for kw in [dict(co_name="g"), dict(co_qualname="G.g"), dict(co_filename="other.py"),
           dict(co_firstlineno=100), dict(co_flags=code.co_flags), dict(co_names=("q",)),
           dict(co_stacksize=code.co_stacksize + 5), dict(co_kwonlyargcount=0),
           dict(co_argcount=3, co_varnames=("a", "b", "c", "x"), co_nlocals=4, co_kwonlyargcount=0)]:
    r = code.replace(**kw)
    for name in kw:
        print(name, getattr(r, name) == kw[name] if name != "co_stacksize" else getattr(r, name) >= kw[name])
    print(" ", r.co_name, r.co_qualname, os.path.basename(r.co_filename), r.co_firstlineno - code.co_firstlineno,
          r.co_argcount, r.co_kwonlyargcount, r.co_varnames, r.co_nlocals)

# a replaced constant changes what the function returns
def seven():
    return 7
seven.__code__ = seven.__code__.replace(co_consts=tuple(8 if c == 7 else c for c in seven.__code__.co_consts))
print(seven())
seven.__code__ = seven.__code__.replace(co_consts=tuple((1, 2.5, "s" * 3, b"b", (3j,)) if c == 8 else c for c in seven.__code__.co_consts))
print(seven())

# the name and file in a traceback come from the code object
def boom():
    raise ValueError("boom")
boom.__code__ = boom.__code__.replace(co_name="renamed", co_filename="elsewhere.py")
try:
    boom()
except ValueError as e:
    tb = e.__traceback__.tb_next
    print(tb.tb_frame.f_code.co_name, tb.tb_frame.f_code.co_filename, tb.tb_lineno - boom.__code__.co_firstlineno)
moved = boom.__code__.replace(co_firstlineno=boom.__code__.co_firstlineno + 10)
boom.__code__ = moved
try:
    boom()
except ValueError as e:
    tb = e.__traceback__.tb_next
    print(tb.tb_lineno - moved.co_firstlineno, tb.tb_frame.f_lineno - moved.co_firstlineno)

# errors, with CPython's messages
for kw in [dict(co_names=[1]), dict(co_code="x"), dict(co_argcount="x"), dict(co_argcount=-1),
           dict(co_name=1), dict(co_names=(1,)), dict(co_bogus=1), dict(co_nlocals=5),
           dict(co_varnames=("a",)), dict(co_varnames=("a",), co_nlocals=1), dict(co_linetable="x"),
           dict(co_exceptiontable=1), dict(co_flags=2**40), dict(co_consts=[1]), dict(co_firstlineno=-1),
           dict(co_stacksize=-1), dict(co_flags=-1), dict(co_nlocals=-1), dict(co_code=b"\x00"),
           dict(co_filename=None), dict(co_freevars=None), dict(co_posonlyargcount=2.5)]:
    try:
        code.replace(**kw)
        print(kw, "ok")
    except Exception as e:
        print(kw, type(e).__name__, e)
try:
    code.replace(1)
except TypeError as e:
    print(e)

# co_lines / co_positions agree with co_code
def g(n):
    total = 0
    for i in range(n):
        if i % 2:
            total += i
    return total
for c in (code, g.__code__, seven.__code__):
    lines = list(c.co_lines())
    print(lines[0][0] == 0, lines[-1][1] == len(c.co_code),
          all(a[1] == b[0] for a, b in zip(lines, lines[1:])),
          all(s < e for s, e, _ in lines))
    print(sorted({l - c.co_firstlineno for _, _, l in lines if l is not None}))
    pos = list(c.co_positions())
    print(len(pos) == len(c.co_code) // 2, all(len(p) == 4 for p in pos))
    print(sorted({p[0] - c.co_firstlineno for p in pos if p[0] is not None}))
    same = c.replace(co_linetable=c.co_linetable)
    print(list(same.co_lines()) == lines, list(same.co_positions()) == pos)
    print(list(c.replace(co_code=c.co_code).co_lines()) == lines)
print(g(10), g.__code__.replace(co_linetable=g.__code__.co_linetable) is not None)
g.__code__ = g.__code__.replace(co_exceptiontable=g.__code__.co_exceptiontable, co_code=g.__code__.co_code)
print(g(10))


# PEP 626: an instruction with no location has no line number
def lineno_after_raise(f):
    try:
        f()
    except Exception as ex:
        t = ex.__traceback__.tb_next
    return t.tb_frame.f_lineno, t.tb_lineno
def h():
    1/0
print([None if x is None else x - h.__code__.co_firstlineno for x in lineno_after_raise(h)])
h.__code__ = h.__code__.replace(co_linetable=b'\xf8\xf8\xf8\xf9\xf8\xf8\xf8')
print(lineno_after_raise(h))
print({l for _, _, l in h.__code__.co_lines()}, set(h.__code__.co_positions()))
h.__code__ = h.__code__.replace(co_linetable=b'')
print(lineno_after_raise(h))
