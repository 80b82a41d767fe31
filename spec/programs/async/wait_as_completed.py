# asyncio.wait with FIRST_COMPLETED and ALL_COMPLETED, and as_completed in finishing order.
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in [("x", 0.03), ("y", 0.01), ("z", 0.02)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))
    order = []
    for fut in asyncio.as_completed([job("slow", 0.03), job("fast", 0.01), job("mid", 0.02)]):
        order.append(await fut)
    print(order)
    done, pending = await asyncio.wait([asyncio.create_task(job("late", 1))], timeout=0.01)
    print(len(done), len(pending))
    for t in pending:
        t.cancel()

asyncio.run(main())
