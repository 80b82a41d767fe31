# The order of __del__ calls for structures dropped at once: CPython (reference counting) calls
# the __del__ of a holder before those of what it holds; pystm finalizes what another dying
# finalizable object holds at the next collection, and gc.collect() collects again while
# __del__ methods ran, so one gc.collect() prints the same as CPython.
import gc


class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Holder:
    def __init__(self, part):
        self.part = part

    def __del__(self):
        print("holder del, part still usable:", self.part.name)


h = Holder(Obj("part made first"))
del h
gc.collect()
print("--")


class Node:
    def __init__(self, i, nxt):
        self.i = i
        self.nxt = nxt

    def __del__(self):
        print("node", self.i, "next", None if self.nxt is None else self.nxt.i)


head = None
for i in range(6):
    head = Node(i, head)
del head
gc.collect()
print("--")

# objects dropped together but independent of each other: creation order in both
a = Obj("independent a")
b = Obj("independent b")
del a, b
gc.collect()
print("end")
