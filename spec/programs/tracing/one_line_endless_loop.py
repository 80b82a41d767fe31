# A loop on one line, `while 1: i = items[i]`: every backward jump is a 'line' event, also
# within the line (CPython 3.11: the folded loop jumps back to its body, not to a test on the
# while's line); a multi-line `while True:` gives the while's line at each back edge.
import sys


def tight():
    items = range(1, 4)
    try:
        i = 0
        while 1: i = items[i]
    except IndexError:
        pass


def tight_break(n):
    while True: n -= 1; (n > 0) or exit_loop()


def exit_loop():
    raise StopIteration


def spread(n):
    while True:
        n -= 1
        if not n:
            return n


events = []


def tr(frame, event, arg):
    if frame.f_code.co_name in ('tight', 'tight_break', 'spread'):
        events.append((frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno, event))
    return tr


sys.settrace(tr)
tight()
try:
    tight_break(3)
except StopIteration:
    pass
spread(3)
sys.settrace(None)
for e in events:
    print(*e)
