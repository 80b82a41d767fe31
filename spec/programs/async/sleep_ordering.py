# Tasks sleeping for different times wake in deadline order; sleep returns its result argument.
import asyncio

async def sleeper(name, delay, order):
    v = await asyncio.sleep(delay, result=name)
    order.append(v)

async def main():
    order = []
    await asyncio.gather(*(sleeper(n, d, order) for n, d in [("c", 0.03), ("a", 0.01), ("d", 0.04), ("b", 0.02)]))
    print(order)
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(0.05)
    print("elapsed at least 0.05:", loop.time() - t0 >= 0.049)

asyncio.run(main())
