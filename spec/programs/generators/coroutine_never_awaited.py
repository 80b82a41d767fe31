# Coroutines closed by the collector: a suspended one gets GeneratorExit at its `await` (its
# finally blocks run); one that never started gets CPython's "coroutine ... was never awaited"
# RuntimeWarning (recorded here: the line it names differs, CPython names the `del`).
import gc
import warnings


class Suspend:
    def __await__(self):
        yield "suspended"


async def simple():
    return 1


async def guarded(name):
    try:
        await Suspend()
    finally:
        print("finally", name)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    c = simple()
    del c
    gc.collect()
    for w in caught:
        print(w.category.__name__, w.message)
print("after never awaited")

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    d = guarded("d")
    print(d.send(None))
    del d
    gc.collect()
    print("warnings:", len(caught))
print("after suspended")

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    e = simple()
    try:
        e.send(None)
    except StopIteration as stop:
        print("returned", stop.value)
    del e
    gc.collect()
    print("warnings:", len(caught))

# -W error: the warning becomes an unraisable RuntimeWarning
import sys
sys.unraisablehook = lambda args: print("unraisable:", args.exc_type.__name__, args.exc_value)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    f = simple()
    del f
    gc.collect()
print("end")
