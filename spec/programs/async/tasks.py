# create_task schedules a coroutine at once; awaiting a Task gives its result.
import asyncio

async def count(label, n):
    for i in range(n):
        print(label, i)
        await asyncio.sleep(0)
    return label * n

async def main():
    t1 = asyncio.create_task(count("a", 3))
    t2 = asyncio.create_task(count("b", 2), name="worker-b")
    print("tasks created", t1.done(), t2.get_name())
    r1 = await t1
    r2 = await t2
    print(r1, r2, t1.done(), t2.result())
    print(isinstance(t1, asyncio.Task), isinstance(t1, asyncio.Future))
    print(asyncio.current_task().get_name() == asyncio.current_task().get_name())

asyncio.run(main())
