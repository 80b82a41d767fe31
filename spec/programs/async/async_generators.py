# Async generators: async for, asend, athrow, aclose and finally blocks.
import asyncio

async def countdown(n):
    try:
        while n > 0:
            await asyncio.sleep(0)
            received = yield n
            if received is not None:
                n = received
            else:
                n -= 1
    finally:
        print("countdown finally")

async def main():
    async for x in countdown(3):
        print("got", x)
    g = countdown(10)
    print(await g.__anext__())
    print(await g.asend(2))
    print(await g.asend(None))
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("exhausted")
    g2 = countdown(5)
    print(await anext(g2))
    try:
        await g2.athrow(ValueError("stop"))
    except ValueError as e:
        print("athrow propagated", e)
    g3 = countdown(5)
    await anext(g3)
    await g3.aclose()
    print("closed")
    print(await anext(countdown(0), "default"))

asyncio.run(main())
