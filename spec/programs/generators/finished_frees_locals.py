# A generator that returned drops its locals and value stack: an exhausted iterator of a
# generator no longer keeps its iterable alive, so the iterable's __del__ runs (CPython's
# support.check_free_after_iterating, used by test_ordered_dict and test_userlist).
import gc
from collections import OrderedDict, UserList

log = []


def check(name, make_iter, cls):
    class A(cls):
        def __del__(self):
            log.append(name)
    it = make_iter(A())
    for _ in it:
        pass
    gc.collect()
    print(name, name in log)


def plain(x):
    for v in x:
        yield v


def delegating(x):
    yield from x


def catches(x):
    # the IndexError's traceback holds x.__getitem__'s frame (and x): the handled exception
    # stays on the generator's value stack unless the finished frame drops it
    i = 0
    try:
        while True:
            yield x[i]
            i += 1
    except IndexError:
        return


check('plain', plain, list)
check('yield from', delegating, list)
check('caught IndexError', catches, list)
check('UserList', iter, UserList)
check('odict keys', lambda d: iter(d.keys()), OrderedDict)
check('odict values', lambda d: iter(d.values()), OrderedDict)
check('odict items', lambda d: iter(d.items()), OrderedDict)


# closed before it started: the arguments go too
def never(x):
    yield x


class B:
    def __del__(self):
        print('B freed')


g = never(B())
g.close()
gc.collect()
print('closed')

# the return value and a still-referenced frame's result are unaffected
def ret(x):
    yield 1
    return x * 2

g = ret(21)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('returned', e.value)
print(g.gi_frame)
