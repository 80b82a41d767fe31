# The __dict__ attribute: a descriptor in the dict of the first class of a hierarchy whose
# instances have one; assigning a dict (the AttrDict idiom), deleting it, and bad values.
class C: pass
class D(C): pass
class E(list): pass
class F(Exception): pass
class S:
    __slots__ = ('a',)
class SD:
    __slots__ = ('a', '__dict__')
for k in (C, D, E, F, S, SD):
    print(k.__name__, '__dict__' in k.__dict__, sorted(k.__dict__))
a = C()
a.__dict__ = {'b': 1}
print(a.b, a.__dict__)
for bad in [None, [], 1]:
    try:
        a.__dict__ = bad
    except TypeError as e:
        print('TypeError', e)
del a.__dict__
print(a.__dict__)
a.z = 3
print(vars(a))
class AttrDict(dict):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.__dict__ = self
d = AttrDict(x=1)
d.y = 2
print(d.x, d['y'], d)
print(C.__dict__['__dict__'].__get__(C()), type(C().__dict__))
try: S().__dict__
except AttributeError as e: print(e)
