# __del__ runs when the collector finds the object unreachable. CPython frees at `del`, pystm
# (like PyPy) at the next collection, so every drop is followed by gc.collect(): both print the
# same. Inherited __del__, subclasses of builtins, cycles (PEP 442), attributes still readable in
# __del__, a __del__ assigned to the class after its creation (for instances made afterwards).
import gc


class Res:
    def __init__(self, name):
        self.name = name
        self.data = [name] * 3

    def __del__(self):
        print("del", self.name, len(self.data))


r = Res("plain")
print("made")
del r
gc.collect()
print("after collect")


class Sub(Res):
    pass


s = Sub("inherited")
del s
gc.collect()

a = Res("cycle-a")
a.other = a
del a
gc.collect()
print("cycle collected")


class MyList(list):
    def __del__(self):
        print("mylist del", sum(self))


m = MyList([1, 2, 3])
del m
gc.collect()


class MyDict(dict):
    def __del__(self):
        print("mydict del", sorted(self.items()))


d = MyDict(x=1)
del d
gc.collect()


class Late:
    pass


Late.__del__ = lambda self: print("late del", self.tag)
t = Late()
t.tag = "assigned later"
del t
gc.collect()


class Outer:
    def __init__(self):
        self.inner = Res("inner")

    def __del__(self):
        print("outer del, inner still there:", self.inner.name)


o = Outer()
del o
gc.collect()
gc.collect()

# objects dropped in a loop: each finalized exactly once
count = 0


class Counted:
    def __del__(self):
        global count
        count += 1


for i in range(1000):
    Counted()
gc.collect()
print("counted", count)
gc.collect()
print("counted again", count)


# __del__ looked up on the class, not the instance
class Inst:
    def __del__(self):
        print("class __del__")


i = Inst()
i.__del__ = lambda: print("instance attribute")
del i
gc.collect()
print("end")
