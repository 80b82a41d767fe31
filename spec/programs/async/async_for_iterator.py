# async for over a class implementing __aiter__/__anext__ and StopAsyncIteration.
import asyncio

class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.i += 1
        return self.i * 10

async def main():
    async for v in Ticker(3):
        print("tick", v)
    else:
        print("loop else ran")
    total = 0
    async for v in Ticker(5):
        if v > 30:
            break
        total += v
    print("total", total)

asyncio.run(main())
