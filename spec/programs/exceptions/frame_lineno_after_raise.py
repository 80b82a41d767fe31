# f_lineno of a frame an exception left (PEP 626, CPython's test_exceptions PEP626Tests): the
# line of the instruction that raised, or of the RERAISE that ended a finally block (the last
# statement of the block), or, after a with's cleanup, the line that raised in the body; plus
# bare `raise` and generators.
import sys


def lines_after_raise(f):
    try:
        f()
    except Exception as ex:
        t = ex.__traceback__
    out = []
    t = t.tb_next
    while t:
        frame = t.tb_frame
        out.append((frame.f_lineno - frame.f_code.co_firstlineno, t.tb_lineno - frame.f_code.co_firstlineno))
        t = t.tb_next
    return out


def simple():
    1/0
    pass


def in_except():
    try:
        1/0
    except:
        1/0
        pass


def other_except():
    try:
        1/0
    except TypeError as ex:
        pass


def in_named_except():
    try:
        1/0
    except Exception as ex:
        1/0
        pass


def in_try():
    try:
        1/0
    finally:
        pass


def in_finally_normal():
    try:
        pass
    finally:
        1/0
        pass


def in_finally_except():
    try:
        1/0
    finally:
        1/0
        pass


def in_finally_if(flag=True):
    try:
        1/0
    finally:
        if flag:
            x = 1
        else:
            x = 2


class Noop:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        pass


def after_with():
    with Noop():
        1/0
        pass


class ExitFails:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        raise ValueError


def after_with_exit_fails():
    with ExitFails():
        1/0


def bare_raise():
    try:
        1/0
    except ZeroDivisionError:
        x = 1
        raise


def callee():
    1/0


def caller():
    x = 0
    callee()
    pass


def gen():
    try:
        yield 1
        1/0
    finally:
        pass


def drive_gen():
    for x in gen():
        pass


for f in (simple, in_except, other_except, in_named_except, in_try, in_finally_normal,
          in_finally_except, in_finally_if, after_with, after_with_exit_fails, bare_raise, caller,
          drive_gen):
    print(f.__name__, lines_after_raise(f))
