# functools exposes RLock (from _thread, as CPython 3.11's module does), and update_wrapper copies
# a builtin's name and docstring (max's starts with its signature) without inventing annotations.
import functools
import _thread

print(functools.RLock is _thread.RLock)


def wrapper():
    pass


functools.update_wrapper(wrapper, max)
print(wrapper.__name__, wrapper.__doc__.startswith('max('), wrapper.__annotations__)


@functools.wraps(min)
def wrapped():
    pass


print(wrapped.__name__, wrapped.__doc__.splitlines()[0], wrapped.__wrapped__ is min)
