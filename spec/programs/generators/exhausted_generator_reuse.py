# A finished generator: a second `for` over it runs no iteration, `yield from` it gives None;
# a finished coroutine refuses send(), throw() and await with "cannot reuse already awaited
# coroutine", and close() of it is a no-op.
def g():
    yield 1
x = g()
for i in x:
    pass
for i in x:
    print("again", i)
def outer():
    r = yield from x
    yield r
print(list(outer()))
async def spammer():
    return 'spam'
async def reader(coro):
    return await coro
c = spammer()
try:
    reader(c).send(None)
except StopIteration as e:
    print('stop', e.value)
try:
    reader(c).send(None)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    c.throw(Exception('wat'))
except RuntimeError as e:
    print('RuntimeError', e)
c.close(); c.close()
it = spammer().__await__()
try:
    it.send(None)
except StopIteration as e:
    print('stop', e.value)
for f in (lambda: it.send(None), lambda: next(it), lambda: it.throw(Exception('wat'))):
    try:
        f()
    except RuntimeError as e:
        print('RuntimeError', e)
it.close()
