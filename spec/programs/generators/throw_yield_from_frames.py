# Throwing into a generator that delegates with `yield from`: the inner generator's frame has
# the delegating generator's frame as its caller while it handles the exception.
import sys

def names(frame):
    out = []
    while frame is not None and frame.f_code.co_name in ('f', 'g'):
        out.append(frame.f_code.co_name)
        frame = frame.f_back
    return out

def f():
    print('f start', names(sys._getframe()))
    try:
        yield
    except Exception:
        print('f caught', names(sys._getframe()))
    yield 2

def g():
    print('g start', names(sys._getframe()))
    yield from f()
    print('g after', names(sys._getframe()))

gen = g()
next(gen)
print(gen.throw(ValueError))
try:
    next(gen)
except StopIteration:
    print('done')
