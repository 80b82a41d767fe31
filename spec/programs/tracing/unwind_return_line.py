# The 'return' event of a frame an exception leaves shows the line of the instruction that
# raised (CPython's RERAISE restores f_lasti), not the line-less cleanup code the exception last
# passed through: a raise inside an except block, a with block, a finally.
import sys


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


def in_except():
    try:
        [][1]
    except IndexError:
        raise KeyError('k')


def in_with():
    with CM():
        x = 1
        raise ValueError(x)


def in_finally():
    try:
        raise TypeError
    finally:
        y = 2


events = []


def tr(frame, event, arg):
    if frame.f_code.co_name.startswith('in_'):
        events.append((frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno, event))
    return tr


sys.settrace(tr)
for f in (in_except, in_with, in_finally):
    try:
        f()
    except Exception as e:
        events.append(('caught', type(e).__name__))
sys.settrace(None)
for e in events:
    print(*e)
