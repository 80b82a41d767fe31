# An exception's __context__ is set where it is raised, from what that frame is handling: it is not
# replaced by the caller's handled exception when it propagates out of a generator (gen.throw) or
# a Python function called by a builtin; gen.throw chains only to the generator's own exception.
from contextlib import contextmanager, ExitStack


def chain(exc):
    out = []
    while exc is not None:
        out.append(repr(exc))
        exc = exc.__context__
    return ' -> '.join(out)


e1, e2, e3 = Exception(1), Exception(2), Exception(3)


def g():
    try:
        yield
    except Exception:
        raise e3


gen = g()
next(gen)
try:
    raise e1
except Exception:
    try:
        gen.throw(e2)
    except Exception as x:
        print(chain(x))


def key(v):
    try:
        raise KeyError(v)
    except KeyError:
        raise ValueError(v)


try:
    raise IndexError('outer')
except IndexError:
    try:
        sorted([2, 1], key=key)
    except ValueError as x:
        print(chain(x))


@contextmanager
def raises(exc):
    try:
        yield
    finally:
        raise exc


def raise_exc(exc):
    raise exc


try:
    with ExitStack() as stack:
        stack.enter_context(raises(Exception(4)))
        stack.enter_context(raises(Exception(3)))
        stack.enter_context(raises(Exception(2)))
        raise Exception(1)
except Exception as x:
    print(chain(x))
try:
    with ExitStack() as stack:
        stack.callback(raise_exc, IndexError)
        stack.callback(raise_exc, KeyError)
        stack.callback(raise_exc, AttributeError)
        1 / 0
except Exception as x:
    print(chain(x))
