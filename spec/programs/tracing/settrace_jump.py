# Assigning frame.f_lineno from a trace function (a jump), with CPython 3.11's rules and messages.
import sys


def jump(func, frm, to, event='line'):
    """Runs func(out) with a tracer that jumps from line frm to line to (relative to the def)."""
    first = func.__code__.co_firstlineno
    done = []

    def tracer(frame, ev, arg):
        if done or frame.f_code is not func.__code__:
            return tracer
        if ev == event and frame.f_lineno == first + frm:
            done.append(1)
            try:
                frame.f_lineno = first + to if isinstance(to, int) else to
                out.append(('now at', frame.f_lineno - first))
            except ValueError as e:
                out.append(('ValueError', str(e)))
        return tracer

    out = []
    sys.settrace(tracer)
    try:
        func(out)
    except Exception as e:
        out.append((type(e).__name__, str(e)))
    finally:
        sys.settrace(None)
    print(func.__name__, out)


def forwards(out):
    out.append(1)
    out.append(2)
    out.append(3)


def backwards(out):
    out.append(1)
    if len(out) < 4:
        out.append(3)


def out_of_for(out):
    for i in 1, 2:
        out.append(i)
    out.append(4)


def into_for(out):
    out.append(1)
    for i in 1, 2:
        out.append(i)


def into_except(out):
    try:
        out.append(2)
    except ValueError:
        out.append(4)


def out_of_except(out):
    try:
        raise KeyError('k')
    except KeyError:
        out.append(sys.exc_info()[0].__name__)
        out.append(5)
    out.append(sys.exc_info()[0])


def out_of_with(out):
    class C:
        def __enter__(self):
            out.append('enter')

        def __exit__(self, *a):
            out.append('exit')
    with C():
        out.append(8)
    out.append(9)


def with_target(out):
    class C:
        def __enter__(self):
            return 1

        def __exit__(self, *a):
            out.append('exit')
    with C() \
            as x:
        out.append(x)
    out.append(11)


def skips_blank(out):
    out.append(1)

    # nothing here

    out.append(5)


def from_call(out):
    out.append(1)


def from_return(out):
    out.append(1)
    return 2


def too_far(out):
    out.append(1)


jump(forwards, 1, 3)
jump(backwards, 3, 1)
jump(out_of_for, 2, 3)
jump(into_for, 1, 3)
jump(into_except, 2, 4)
jump(out_of_except, 4, 6)
jump(out_of_with, 8, 9)
jump(with_target, 8, 10)
jump(skips_blank, 1, 3)
jump(from_call, 0, 1, event='call')
jump(from_return, 2, 1, event='return')
jump(too_far, 1, 5)
jump(too_far, 1, -1)
jump(too_far, 1, 'x')

# only a trace function may jump
try:
    sys._getframe().f_lineno = 1
except ValueError as e:
    print('ValueError', 'trace' in str(e))
