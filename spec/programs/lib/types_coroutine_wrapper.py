# types.coroutine: a generator function gets CO_ITERABLE_COROUTINE on its code (so await accepts
# its generators) and is returned itself; other callables are wrapped, and a generator-like result
# that is not a coroutine comes back as types._GeneratorWrapper, awaitable and forwarding send/next.
import types

def gen():
    yield 1
    return 'done'

cgen = types.coroutine(gen)
print(cgen is gen, bool(gen.__code__.co_flags & 0x100))

async def main(aw):
    return await aw

c = main(gen())
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print('result', e.value)

class Gen:
    def __init__(self):
        self.it = iter([10, 20])
    def __iter__(self): return self
    def __next__(self): return next(self.it)
    def send(self, v): return next(self.it)
    def throw(self, *a): raise a[0]
    def close(self): pass

import collections.abc
collections.abc.Generator.register(Gen)
@types.coroutine
def duck():
    return Gen()
w = duck()
print(type(w).__name__, iter(w) is w, w.__await__() is w, next(w), w.send(None))

async def afunc():
    return 1
print(types.coroutine(afunc) is afunc)
print(types.coroutine(lambda: 5)())
