# Context managers: __enter__ value, __exit__ arguments, swallowing with a true return.
class CM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.swallow
with CM("a") as v:
    print("body", v)
with CM("b", swallow=True):
    raise ValueError("eaten")
print("after b")
try:
    with CM("c"), CM("d", swallow=False):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
with CM("outer", True):
    with CM("inner"):
        1 / 0
print("done")
def ret():
    with CM("r"):
        return "returned"
print(ret())
try:
    with 5:
        pass
except TypeError as e:
    print(e)
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)
