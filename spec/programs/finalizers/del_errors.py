# An exception in __del__ is unraisable: printed on stderr ("Exception ignored in: <function
# ...__del__ at ...>" and the traceback), the program goes on; sys.unraisablehook receives it.
import gc
import sys


class Bad:
    def __del__(self):
        raise ValueError("broken __del__")


b = Bad()
del b
gc.collect()
print("still running")

seen = []


def hook(u):
    seen.append((u.exc_type.__name__, str(u.exc_value), u.object.__qualname__, u.err_msg))


sys.unraisablehook = hook
b = Bad()
del b
gc.collect()
print(seen)
sys.unraisablehook = sys.__unraisablehook__ if hasattr(sys, "__unraisablehook__") else None


class Good:
    def __del__(self):
        print("good del")


g = Good()
b = Bad()
del b, g
gc.collect()
print("end")
