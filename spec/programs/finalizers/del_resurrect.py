# PEP 442: __del__ is called at most once per object, even when it resurrects the object, and a
# resurrected object is fully usable (what it references was kept alive with it).
import gc

saved = []


class Phoenix:
    def __init__(self, n):
        self.n = n
        self.feathers = list(range(n))

    def __del__(self):
        print("del", self.n, sum(self.feathers))
        saved.append(self)


p = Phoenix(5)
del p
gc.collect()
print("saved", len(saved), saved[0].n, saved[0].feathers)
saved.clear()
gc.collect()
print("no second __del__")

# two objects in a cycle, both with __del__: both finalized, each once
log = []


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        log.append(self.name)


x = Node("x")
y = Node("y")
x.peer = y
y.peer = x
del x, y
gc.collect()
print(sorted(log))
gc.collect()
print(sorted(log))

# a __del__ that calls gc.collect() itself
class Nested:
    def __del__(self):
        gc.collect()
        print("nested collect inside __del__")


n = Nested()
del n
gc.collect()
print("end")
