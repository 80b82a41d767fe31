# Loops and ifs on a constant condition, as CPython 3.11 compiles them: `while True:` has no test
# (a NOP on its line, the body's end jumps back to the body), the code after an endless loop
# without break is removed, `while 0:`/`if 0:` bodies are removed; line events, co_lines and
# co_positions show only the lines that have code, and a jump to a removed line is refused.
import sys


def tr(frame, event, arg):
    if frame.f_code.co_name.startswith('f'):
        print(' ', frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno, event)
    return tr


def f1(n):
    i = 0
    while True:
        i += 1
        if i > n:
            break
    return i


def f2(n):
    while 1:
        n -= 1
        if n < 0: return n


def f3(n):
    while 0:
        n += 1
    else:
        n = 5
    return n


def f4(n):
    try:
        while True:
            n += 1
            if n > 2:
                raise ValueError
    except ValueError:
        return n
    finally:
        n = 0


def f5(n):
    if 0:
        n = 1
    elif 1:
        n = 2
    else:
        n = 3
    return n


def f6(n):
    while "x":
        while True:
            n += 1
            if n > 2: break
        if n > 4: break
    else:
        n = -1
    return n


def f7():
    with open(__file__) as fh:
        while True:
            line = fh.readline()
            if not line: break
    return 1


def f8():
    return [x for x in range(3) if (1 if x else 0)]


def f9(n):
    while (1, 2):
        n += 1
        if n > 1:
            return n
    print("never")


def f10(n):
    while ():
        n += 1
    while not 1:
        n += 2
    assert 1, "never"
    return n


def f11(it):
    while True: n = next(it, None); break
    return n


sys.settrace(tr)
print(f1(2), f2(2), f3(0), f4(0), f5(0), f6(0), f7(), f8(), f9(0), f10(1), f11(iter([4])))
sys.settrace(None)
for f in (f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11):
    lines = sorted({l for _, _, l in f.__code__.co_lines() if l is not None})
    pos = sorted({p[0] for p in f.__code__.co_positions() if p[0] is not None})
    print(f.__name__, [l - f.__code__.co_firstlineno for l in lines], lines == pos)


# a jump to the line after an endless loop: "comes after the current code block"
jumps = []


def jumper(frame, event, arg):
    if event == 'line' and not jumps and frame.f_code is endless.__code__ and frame.f_lineno - endless.__code__.co_firstlineno == 3:
        for target in (5, 6, 2):
            try:
                frame.f_lineno = endless.__code__.co_firstlineno + target
                print('jumped to', target)
                jumps.append(target)
                break
            except ValueError as e:
                print(target, str(e).replace(str(endless.__code__.co_firstlineno + target), 'N'))
        return None
    return jumper


def endless(out):
    out.append(1)
    while True:
        out.append(3)
        if len(out) > 3: return
    out.append(5)


out = []
sys.settrace(jumper)
endless(out)
sys.settrace(None)
print(out)
