# Async comprehensions: async for in list/set/dict comprehensions, await inside comprehensions.
import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def double(x):
    await asyncio.sleep(0)
    return 2 * x

async def main():
    print([x async for x in agen(5)])
    print([x async for x in agen(10) if x % 3 == 0])
    print(sorted({x % 3 async for x in agen(7)}))
    print({x: await double(x) async for x in agen(3)})
    print([await double(x) for x in range(4)])
    print([await t for t in [double(1), double(2)]])
    g = (x * x async for x in agen(4))
    print(type(g).__name__, [y async for y in g])

asyncio.run(main())
