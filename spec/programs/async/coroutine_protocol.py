# Coroutines without asyncio: driving one with send(), __await__ objects and StopIteration.value.
class Suspend:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        reply = yield self.tag
        return f"{self.tag}->{reply}"

async def inner():
    a = await Suspend("first")
    b = await Suspend("second")
    return [a, b]

async def outer():
    r = await inner()
    return len(r), r

coro = outer()
print(type(coro).__name__)
print(coro.send(None))
print(coro.send("x"))
try:
    coro.send("y")
except StopIteration as e:
    print("finished with", e.value)

try:
    coro.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

async def nothing():
    return 1

c = nothing()
c.close()
try:
    iter(nothing())
except TypeError as e:
    print("TypeError:", e)
