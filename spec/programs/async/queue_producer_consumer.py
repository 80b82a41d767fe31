# asyncio.Queue: producers and consumers with join() and task_done().
import asyncio

async def producer(q, name, items):
    for it in items:
        await q.put(f"{name}:{it}")
        await asyncio.sleep(0)

async def consumer(q, seen):
    while True:
        item = await q.get()
        seen.append(item)
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    seen = []
    workers = [asyncio.create_task(consumer(q, seen)) for _ in range(2)]
    await asyncio.gather(producer(q, "p1", range(3)), producer(q, "p2", "xy"))
    await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(sorted(seen))
    print(q.empty(), q.qsize())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q2 = asyncio.Queue(1)
    q2.put_nowait(1)
    try:
        q2.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull")

asyncio.run(main())
