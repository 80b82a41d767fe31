# Suspended generators still alive at exit are closed during the interpreter's teardown, as
# CPython's module teardown does (after the atexit handlers, in the order of the __main__
# globals); a plain suspended generator (no try/with around its yield) prints nothing.
import atexit


def fin(name):
    try:
        yield 1
    finally:
        print("finally", name)


class CM:
    def __enter__(self):
        print("enter")

    def __exit__(self, t, v, tb):
        print("exit", t.__name__)


def with_block():
    with CM():
        yield 1


def plain():
    yield 1
    yield 2


atexit.register(lambda: print("atexit handler"))
first = fin("first")
next(first)
second = with_block()
next(second)
third = plain()
next(third)
done = fin("done")
list(done)
print("end of program")
