# compile(flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT): await, async for/with and asynchronous
# comprehensions at module level make a coroutine code object; eval() returns the coroutine,
# which asyncio runs; without the flag each is the SyntaxError it always was.
import ast, asyncio
CO_COROUTINE = 0x80

async def arange(n):
    for i in range(n):
        yield i

modes = ('single', 'exec')
code_samples = [
    '''a = await asyncio.sleep(0, result=1)''',
    '''async for i in arange(1):
           a = 1''',
    '''async with asyncio.Lock() as l:
           a = 1''',
    '''a = [x async for x in arange(2)][1]''',
    '''a = 1 in {x async for x in arange(2)}''',
    '''a = {x:1 async for x in arange(1)}[0]''',
    '''a = [x async for x in arange(2) async for x in arange(2)][1]''',
    '''a = [x async for x in (x async for x in arange(5))][1]''',
    '''a, = [1 for x in {x async for x in arange(1)}]''',
    '''a = [await asyncio.sleep(0, x) async for x in arange(2)][1]''',
]
policy = None
for mode, code_sample in [(m, s) for m in modes for s in code_samples]:
    source = code_sample
    try:
        compile(source, '?', mode)
        print("compiled without flag?!", source)
    except SyntaxError as e:
        print("SyntaxError", e.msg)
    co = compile(source, '?', mode, flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    print(bool(co.co_flags & CO_COROUTINE))
    globals_ = {'asyncio': asyncio, 'a': 0, 'arange': arange}
    async_f = eval(co, globals_)
    print(type(async_f).__name__)
    asyncio.run(async_f)
    print(globals_['a'])

co = compile('a = 1', '?', 'exec', flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(co.co_flags & CO_COROUTINE, eval(co, {}))
try:
    compile('def f():\n    await x', '?', 'exec', flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
except SyntaxError as e:
    print("SyntaxError", e.msg)
