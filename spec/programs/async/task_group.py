# asyncio.TaskGroup (3.11): waits for all children; failures arrive as an ExceptionGroup.
import asyncio

async def job(n, fail=False):
    await asyncio.sleep(n / 100)
    if fail:
        raise ValueError(f"job {n} failed")
    return n * n

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(job(i)) for i in range(1, 4)]
    print([t.result() for t in tasks])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(1, fail=True))
            slow = tg.create_task(job(50))
    except* ValueError as eg:
        print("caught", [str(e) for e in eg.exceptions])
    print("slow cancelled:", slow.cancelled())

asyncio.run(main())
