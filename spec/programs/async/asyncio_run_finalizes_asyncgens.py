# asyncio.run() ends by closing the async generators its loop saw first iterated and that are
# still unfinished (loop.shutdown_asyncgens), so their finally blocks run before it returns;
# an error raised while closing one goes to the loop's exception handler.
import asyncio

async def agen(name):
    try:
        yield 1
        yield 2
    finally:
        print(name, "finalized")

async def bad():
    try:
        yield 1
    finally:
        raise ValueError("boom in finally")

async def main():
    global keep
    g = agen("a")
    h = agen("b")
    print(await g.__anext__(), await h.__anext__())
    b = bad()
    await b.__anext__()
    keep = [g, h, b]
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(lambda loop, ctx: print("handler:", ctx["message"].split(" <")[0], repr(ctx["exception"])))

asyncio.run(main())
print("after run")

async def main2():
    async for v in agen("c"):
        print("got", v)
        break
    print("main2 returns")

asyncio.run(main2())
print("end")
