# Futures: created by the loop, completed by a callback, awaited by a task.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut.done())
    loop.call_later(0.01, fut.set_result, "value from callback")
    fut.add_done_callback(lambda f: print("done callback saw", f.result()))
    print(await fut)
    await asyncio.sleep(0)

    f2 = loop.create_future()
    try:
        f2.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f2.set_exception(KeyError("bad"))
    try:
        await f2
    except KeyError as e:
        print("awaited exception", e)
    print(type(f2.exception()).__name__)

    f3 = loop.create_future()
    f3.cancel()
    print(f3.cancelled(), f3.done())
    order = []
    loop.call_soon(order.append, 1)
    loop.call_soon(order.append, 2)
    await asyncio.sleep(0)
    print(order)

asyncio.run(main())
