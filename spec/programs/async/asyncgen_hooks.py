# sys.set_asyncgen_hooks/get_asyncgen_hooks: per-thread hooks run at an async generator's first
# iteration (firstiter) and when it is collected unfinished (finalizer, instead of closing it);
# asyncio.run installs its own and acloses the async generators left unfinished at its end.
import sys, asyncio, gc
print(sys.get_asyncgen_hooks())
calls = []
def first(ag): calls.append(('first', ag.__name__))
def fin(ag): calls.append(('fin', ag.__name__))
sys.set_asyncgen_hooks(first, fin)
h = sys.get_asyncgen_hooks()
print(h.firstiter is first, h[1] is fin, len(h), type(h).__name__)
async def agen():
    try:
        yield 1
        yield 2
    finally:
        calls.append('finally')
g = agen()
print(calls)
c = g.__anext__()
print(calls)
try:
    c.send(None)
except StopIteration as e:
    print('value', e.value)
del g, c
gc.collect()
print(calls)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
for a, k in [((1,), {}), ((), {'firstiter': 1}), ((), {'finalizer': 'x'}), ((None, None, None), {}), ((), {'foo': 1})]:
    try:
        sys.set_asyncgen_hooks(*a, **k)
        print('ok', sys.get_asyncgen_hooks())
    except Exception as e:
        print(type(e).__name__, e)
sys.set_asyncgen_hooks(finalizer=len)
sys.set_asyncgen_hooks(firstiter=print)
print(sys.get_asyncgen_hooks())
sys.set_asyncgen_hooks(None, None)

async def ticker():
    try:
        for i in range(10):
            yield i
    finally:
        print('ticker closed')
async def main():
    t = ticker()
    async for v in t:
        print('got', v)
        if v == 2:
            break
    global keep
    keep = t
    print('main done', sys.get_asyncgen_hooks().firstiter is not None)
asyncio.run(main())
print('after run', sys.get_asyncgen_hooks())
