# Coroutines: sys.set_coroutine_origin_tracking_depth and cr_origin (shown by the 'never awaited'
# warning), a broken warnings._warn_unawaited_coroutine (unraisable, then the plain warning),
# 'coroutine is being awaited already', GET_ANEXT's TypeError chained from its cause, the
# __set_name__ error's cause, generator/coroutine method and getset docs.
import types, sys, warnings, gc
@types.coroutine
def nop():
    yield
async def coroutine():
    await nop()
async def waiter(coro):
    await coro
coro = coroutine()
coro.send(None)
try:
    waiter(coro).send(None)
except RuntimeError as e:
    print('RuntimeError', e)
coro.close()

print(sys.get_coroutine_origin_tracking_depth())
async def corofn():
    pass
def a1():
    return corofn()  # comment in a1
def a2():
    return a1()  # comment in a2
for depth in [0, 1, 2]:
    sys.set_coroutine_origin_tracking_depth(depth)
    c = a2()
    print(depth, sys.get_coroutine_origin_tracking_depth(), [(o[1], o[2]) for o in c.cr_origin] if c.cr_origin else c.cr_origin)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        del c
        gc.collect()
    print([str(x.message).replace(__file__, 'FILE') for x in w])
sys.set_coroutine_origin_tracking_depth(1000)
c = corofn()
print(len(c.cr_origin))
c.close()
try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e:
    print(e, sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(0)
orig = warnings._warn_unawaited_coroutine
warnings._warn_unawaited_coroutine = lambda coro: 1/0
unr = []
sys.unraisablehook = lambda u: unr.append((u.exc_type.__name__, repr(u.object).split(' at ')[0]))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    c = corofn()
    del c
    gc.collect()
print(unr, [str(x.message) for x in w])
warnings._warn_unawaited_coroutine = orig
class F:
    def __aiter__(self):
        return self
    def __anext__(self):
        return self
    def __await__(self):
        1 / 0
async def main():
    async for _ in F():
        pass
try:
    main().send(None)
except TypeError as e:
    print(e, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
class G:
    def __aiter__(self): return self
    def __anext__(self): return 1
async def main2():
    async for _ in G(): pass
try:
    main2().send(None)
except TypeError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)
class D:
    def __set_name__(self, o, n): raise ValueError('x')
try:
    class C:
        d = D()
except RuntimeError as e:
    print(e, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
import types
for t in [types.GeneratorType, types.CoroutineType]:
    for n in ['send', 'close', 'throw']:
        print(repr(getattr(t, n).__doc__))
    print(repr(t.__dict__['__name__'].__doc__), repr(t.__dict__['__qualname__'].__doc__))


# awaiting a finished coroutine: "cannot reuse", not "being awaited"; cr_await of a finished one
@types.coroutine
def nop2():
    yield
async def send():
    await nop2()
    return 'spam'
async def read(coro):
    await nop2()
    return await coro
spammer = send()
reader = read(spammer)
reader.send(None)
reader.send(None)
try:
    reader.throw(Exception('ham'))
except Exception as e:
    print(type(e).__name__, e, spammer.cr_await)
reader = read(spammer)
reader.send(None)
for f in [lambda: reader.send(None), lambda: reader.throw(Exception('wat'))]:
    try:
        f()
    except RuntimeError as e:
        print('RuntimeError', e)
