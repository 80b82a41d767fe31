# A class's __dict__ and __weakref__ attributes are getset descriptors of that class.
class C: pass
class D(C): pass
class E(list): pass
for t in (C, E):
    for n in ('__dict__', '__weakref__'):
        d = t.__dict__[n]
        print(type(d).__name__, d, d.__objclass__, d.__name__, d.__qualname__)
print('__dict__' in D.__dict__, C.__dict__['__dict__'].__get__(C()), D().__dict__)
c = C(); c.a = 1
print(C.__dict__['__dict__'].__get__(c))
try: C.__dict__['__dict__'].__get__(1)
except TypeError as e: print(e)
