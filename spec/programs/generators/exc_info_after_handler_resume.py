# A generator that yields inside an except block and is resumed from a different context sees,
# after the block, the exception its current caller handles (none here), not the first caller's.
import sys

def g():
    try:
        raise ValueError
    except ValueError:
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
    try:
        raise KeyError
    except KeyError:
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0].__name__

gen = g()
try:
    raise IndexError
except IndexError:
    print(next(gen))
print(next(gen))
print(next(gen))
try:
    raise TypeError
except TypeError:
    print(next(gen))
print(sys.exc_info())
