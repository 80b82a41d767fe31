# contextlib.contextmanager generators and suppress swallow or propagate exceptions.
from contextlib import contextmanager, suppress
@contextmanager
def tag(name):
    print("<" + name + ">")
    try:
        yield name
    except ValueError as e:
        print("handled", e)
    finally:
        print("</" + name + ">")
with tag("p") as t:
    print("inside", t)
with tag("q"):
    raise ValueError("bad")
with suppress(KeyError, IndexError):
    [][0]
print("suppressed")
try:
    with tag("r"):
        raise TypeError("not handled")
except TypeError as e:
    print("outer", e)
