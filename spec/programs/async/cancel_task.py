# Cancelling a task raises CancelledError inside it; the awaiting task sees it too.
import asyncio

async def forever():
    try:
        while True:
            await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        print("cleanup after cancel")
        raise

async def main():
    t = asyncio.create_task(forever())
    await asyncio.sleep(0.03)
    print("cancel returned", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("task was cancelled:", t.cancelled(), t.done())
    print("cancel again:", t.cancel())
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))

asyncio.run(main())
