# __del__ together with weak references: the weak reference to a finalized object is dead after
# the collection that finalized it, and its callback runs after __del__ (CPython frees the object
# after its __del__ returns); weakref.finalize of the same object also runs.
import gc
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


o = Obj("first")
w = weakref.ref(o, lambda r: print("callback, dead:", r() is None))
del o
gc.collect()
print("ref dead:", w() is None)

o = Obj("second")
f = weakref.finalize(o, print, "finalize of second")
del o
gc.collect()
print("finalize alive:", f.alive)

# the object keeps what it references alive for __del__, even objects only weakly referenced
class Holder:
    def __init__(self):
        self.part = Obj("part")
        self.ref = weakref.ref(self.part)

    def __del__(self):
        print("holder del, part:", self.ref() is self.part, self.part.name)


h = Holder()
del h
gc.collect()
gc.collect()
print("end")
