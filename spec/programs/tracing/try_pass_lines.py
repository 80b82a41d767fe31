# A try body that is only `pass`: CPython drops its NOP before the jump past the handlers, which
# takes the pass's line (line events, the line the function returns from), and keeps it before
# an else body.
import sys
def f1():
    try:
        try:
            pass
        except Exception as ex:
            pass
    except Exception:
        pass
def f2():
    try:
        pass
    except KeyError:
        pass
    x = 1
    return x
def f3():
    try:
        pass
    except KeyError:
        pass
    else:
        y = 2
    return y
ev = []
def tr(fr, e, a):
    if fr.f_code.co_name.startswith('f'): ev.append((fr.f_code.co_name, fr.f_lineno - fr.f_code.co_firstlineno, e))
    return tr
sys.settrace(tr); f1(); f2(); f3(); sys.settrace(None)
for e in ev: print(*e)
for f in (f1, f2, f3):
    print(sorted({l - f.__code__.co_firstlineno for _, _, l in f.__code__.co_lines() if l is not None}))
