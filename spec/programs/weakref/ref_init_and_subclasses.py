# weakref.ref.__init__ checks its argument count; instances of subclasses of float, complex and
# str can be weakly referenced (not int, tuple, bytes: their tp_itemsize is not 0); __callback__
# is None once the referent died.
import gc
import weakref


class O:
    pass


o = O()
r = weakref.ref(o)
try:
    r.__init__(0, 0, 0, 0, 0)
except TypeError as e:
    print(e)
try:
    r.__init__()
except TypeError as e:
    print(e)
r.__init__(o, None)

for base in (float, complex, str, int, tuple, bytes):
    class S(base):
        pass
    s = S()
    try:
        print(base.__name__, weakref.ref(s)() is s, hasattr(S, '__weakref__'))
    except TypeError as e:
        print(base.__name__, e)

x = O()
cb = lambda ref: None
wr = weakref.ref(x, cb)
print(wr.__callback__ is cb)
del x
gc.collect()
print(wr.__callback__)
