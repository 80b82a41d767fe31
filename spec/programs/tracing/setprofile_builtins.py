# The profile function's 'c_call', 'c_return' and 'c_exception' events around calls of builtin
# functions and methods (not of types, nor of Python functions).
import math
import sys

events = []


def prof(frame, event, arg):
    if event.startswith('c_'):
        events.append((event, getattr(arg, '__qualname__', arg.__name__), frame.f_code.co_name, frame.f_lineno - first))
    elif frame.f_code.co_name != 'prof':
        events.append((event, frame.f_code.co_name))


def work():
    x = len([1, 2])
    items = []
    items.append(x)
    list.append(items, 3)
    y = math.sqrt(16.0)
    z = int('7') + abs(-2)
    try:
        math.sqrt(-1.0)
    except ValueError:
        pass
    s = sorted([3, 1, 2], key=lambda v: -v)
    args = (4.0,)
    w = math.floor(*args)
    return items, y, z, s, w


first = work.__code__.co_firstlineno
sys.setprofile(prof)
r = work()
sys.setprofile(None)
print(r)
for e in events:
    print(e)
