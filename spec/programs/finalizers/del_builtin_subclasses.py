# __del__ on instances of subclasses of builtin types (exception, str, tuple, int) and of a class
# with its own __new__: each is finalized once the collector finds it dead.
import gc
class E(Exception):
    def __del__(self): print("E del", self.args)
try:
    raise E(1)
except E as e:
    print("caught", e)
gc.collect()
print("after")
class S(str):
    def __del__(self): print("S del", str(self))
s = S("abc")
del s
gc.collect()
class T(tuple):
    def __del__(self): print("T del", tuple(self))
t = T((1, 2))
del t
gc.collect()
class I(int):
    def __del__(self): print("I del", int(self))
i = I(5)
del i
gc.collect()
class G:
    def __del__(self): print("G del")
    def __new__(cls):
        return object.__new__(cls)
g = G()
del g
gc.collect()
print("end")
