# gather propagates the first exception, or returns exceptions with return_exceptions=True.
import asyncio

async def ok(x):
    await asyncio.sleep(0.01)
    return x

async def fail(msg):
    await asyncio.sleep(0.005)
    raise ValueError(msg)

async def main():
    try:
        await asyncio.gather(ok(1), fail("first"), ok(3))
    except ValueError as e:
        print("caught", e)
    results = await asyncio.gather(ok(1), fail("kept"), ok(3), return_exceptions=True)
    print([type(r).__name__ if isinstance(r, Exception) else r for r in results])
    print(await asyncio.gather())

asyncio.run(main())
