# wait_for returns the result in time or cancels the awaitable and raises TimeoutError.
import asyncio

async def slow(result, delay):
    try:
        await asyncio.sleep(delay)
        return result
    except asyncio.CancelledError:
        print("slow was cancelled")
        raise

async def main():
    print(await asyncio.wait_for(slow("quick", 0.01), timeout=1))
    try:
        await asyncio.wait_for(slow("late", 1), timeout=0.02)
    except asyncio.TimeoutError:
        print("timed out")
    print(asyncio.TimeoutError is TimeoutError)
    try:
        async with asyncio.timeout(0.02):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout() block expired")

asyncio.run(main())
