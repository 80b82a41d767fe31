# asyncio.run drives a coroutine; gather runs several concurrently and keeps argument order.
import asyncio

async def work(name, delay, log):
    log.append(f"{name} start")
    await asyncio.sleep(delay)
    log.append(f"{name} end")
    return name.upper()

async def main():
    log = []
    results = await asyncio.gather(work("slow", 0.03, log), work("fast", 0.01, log), work("mid", 0.02, log))
    print(results)
    print(log)
    return "main done"

print(asyncio.run(main()))
