# CPython 3.11's SEND under sys.settrace gives the frame an 'exception' event for the
# StopIteration that ends what it awaits or yields from: a generator's only when it returns a
# value other than None (its tp_iternext raises none for None), a coroutine's always (send()),
# an async generator's asend at each item, a Python iterator's at its end; none for an
# exhausted generator. The event comes before the line the frame goes on at.
import sys
import types


def tracer(frame, event, arg):
    if frame.f_code.co_name.startswith('t_'):
        a = arg
        if event == 'exception':
            a = (arg[0].__name__, repr(arg[1]))
        print(event, frame.f_lineno - frame.f_code.co_firstlineno, frame.f_code.co_name, a)
    return tracer


def g_none():
    yield 1


def g_val():
    yield 1
    return (1, 2)


class It:
    def __init__(self):
        self.n = 2

    def __iter__(self):
        return self

    def __next__(self):
        self.n -= 1
        if self.n < 0:
            raise StopIteration(9)
        return self.n


def t_yield_from():
    x = yield from g_none()
    y = yield from g_val()
    z = yield from It()
    g = g_none()
    list(g)
    w = yield from g
    return x, y, z, w


def t_sent():
    x = yield from g_none()
    return x


async def ag():
    yield 1
    yield None


async def co_none():
    pass


@types.coroutine
def legacy():
    yield
    return 4


async def t_await():
    r = [i async for i in ag()]
    async for i in ag():
        r.append(i)
    r.append(await co_none())
    r.append(await legacy())
    return r


sys.settrace(tracer)
print(list(t_yield_from()))
b = t_sent()
next(b)
try:
    b.send(5)
except StopIteration as e:
    print('stop', e.value)
c = t_await()
try:
    while True:
        c.send(None)
except StopIteration as e:
    print('result', e.value)
sys.settrace(None)
