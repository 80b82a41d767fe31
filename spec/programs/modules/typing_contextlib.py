# typing annotations at runtime, NamedTuple; contextlib.contextmanager, suppress, ExitStack.
from typing import NamedTuple, Optional, List, Dict
from contextlib import contextmanager, suppress, ExitStack

class Pt(NamedTuple):
    x: int
    y: int = 0

def f(a: int, b: Optional[str] = None) -> List[int]:
    return [a]

print(Pt(1), Pt(1, 2)._asdict(), Pt._fields, f.__annotations__["a"], f(3))
print(Optional[int], Dict[str, int])

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("b") as t:
    print("inside", t)
with suppress(KeyError):
    {}["missing"]
print("suppressed")
with ExitStack() as stack:
    for n in ["x", "y"]:
        stack.enter_context(tag(n))
    stack.callback(print, "callback first")
    print("body")
