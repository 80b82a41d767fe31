# async with calls __aenter__/__aexit__ and can suppress exceptions.
import asyncio

class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await asyncio.sleep(0)
        print("open", self.name)
        return self

    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0)
        print("close", self.name, et.__name__ if et else None)
        return self.suppress

async def main():
    async with Resource("a") as r, Resource("b"):
        print("using", r.name)
    async with Resource("quiet", suppress=True):
        raise KeyError("hidden")
    print("after suppressed")
    try:
        async with Resource("loud"):
            raise KeyError("visible")
    except KeyError as e:
        print("propagated", e)

asyncio.run(main())
