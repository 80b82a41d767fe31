# The lower-level loop API: new_event_loop, run_until_complete, call_soon ordering, close.
import asyncio

async def add(a, b):
    await asyncio.sleep(0)
    return a + b

loop = asyncio.new_event_loop()
print(loop.run_until_complete(add(2, 3)))
log = []
loop.call_soon(log.append, "first")
loop.call_soon(log.append, "second")
loop.call_later(0.01, loop.stop)
loop.run_forever()
print(log, loop.is_running(), loop.is_closed())
loop.close()
print(loop.is_closed())
try:
    loop.run_until_complete(add(1, 1))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
