# A cycle through a memoryview of a bytearray (subclass) is freed by one gc.collect(), as in
# CPython: the view's export ends at the collection that finds it dead, and collect() collects
# again for what it kept (test_memoryview test_gc).
import array
import gc
import weakref


class MyObject:
    pass


def cycle_through_view(tp):
    class MySource(tp):
        pass
    b = MySource(tp(b'abc')) if tp is bytearray else MySource('b', b'abc')
    m = memoryview(b)
    o = MyObject()
    b.m = m
    b.o = o
    wr = weakref.ref(o)
    b = m = o = None
    gc.collect()
    return wr() is None


def view_in_cycle(base):
    class MyView:
        def __init__(self, base):
            self.m = memoryview(base)
    m = MyView(base)
    o = MyObject()
    m.x = m
    m.o = o
    wr = weakref.ref(o)
    m = o = None
    gc.collect()
    return wr() is None


print(cycle_through_view(bytearray), cycle_through_view(array.array))
print(view_in_cycle(bytearray(b'abc')), view_in_cycle(array.array('b', b'abc')))
ba = bytearray(b'xyz')
v = memoryview(ba)[1:]
del v
gc.collect()
ba.extend(b'!')  # the dead slice's export ended
print(ba)
