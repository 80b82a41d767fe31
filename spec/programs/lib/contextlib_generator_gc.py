# @contextmanager: the generator's arguments die at a gc.collect() inside it once rebound
# (test_contextlib test_nokeepref), and the errors of a generator that does not yield or does not
# stop keep CPython's __cause__/__context__.
import gc
import weakref
from contextlib import contextmanager


class A:
    pass


@contextmanager
def woohoo(a, b):
    a = weakref.ref(a)
    b = weakref.ref(b)
    gc.collect()
    print('args gone:', a() is None, b() is None)
    made = weakref.ref(A())
    gc.collect()
    print('temporary gone:', made() is None)
    yield 'v'


with woohoo(A(), b=A()) as v:
    print('body', v)


@contextmanager
def noyield():
    if False:
        yield


@contextmanager
def twice():
    yield 1
    yield 2
    print('never')


@contextmanager
def closes():
    try:
        yield 1
        yield 2
    finally:
        print('closed')


@contextmanager
def boom():
    raise ValueError('x')
    yield


@contextmanager
def stopiter():
    raise StopIteration
    yield


for cm in (noyield, twice, closes, boom, stopiter):
    try:
        with cm() as v:
            print('body', v)
    except Exception as e:
        print(type(e).__name__, e, repr(e.__cause__), e.__suppress_context__, type(e.__context__).__name__)

try:
    raise KeyError('outer')
except KeyError:
    try:
        with noyield():
            pass
    except RuntimeError as e:
        print(repr(e), e.__suppress_context__, repr(e.__context__), repr(e.__context__.__context__))
