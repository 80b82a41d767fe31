# An async generator suspended at a yield inside try/finally and then dropped is closed by the
# collector (no asyncgen finalizer hook installed: CPython then calls close() on it directly).
import gc


async def agen(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)


def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value


a = agen("a")
print(step(a.__anext__()))
del a
gc.collect()
print("after a")

b = agen("b")
del b
gc.collect()
print("after never started")
