# Non-empty __slots__ on a subclass of a builtin without slot words (array, list, dict): only the
# slot names may be set, no __dict__ shows, dir() lists the slots, copy and pickle keep them
# (CPython test_array test_subclassing; vm/objects/slots_in_dict.ts). With __dict__ among the
# slots, or a base giving one, other attributes are allowed.
import array, copy, pickle
class E(array.array):
    __slots__ = ['offset']
    def __new__(cls, typecode, data, offset):
        return array.array.__new__(cls, typecode, data)
    def __init__(self, typecode, data, offset):
        self.offset = offset
a = E('i', [1, 2], 4)
print(a.offset)
for name in ('color', '__dict__'):
    try:
        setattr(a, name, 'blue'); print('set', name)
    except (AttributeError, TypeError) as e: print(type(e).__name__, e)
print(hasattr(a, '__dict__'), hasattr(a, 'color'))
try: del a.color
except AttributeError as e: print(e)
del a.offset
try: a.offset
except AttributeError as e: print(e)
class L(list):
    __slots__ = ('a', '__b')
    def setb(self, v): self.__b = v
    def getb(self): return self.__b
l = L([1, 2]); l.a = 1; l.setb(5)
print(l.a, l.getb(), l)
try:
    l.z = 3
except AttributeError as e: print(e)
class L2(L):
    __slots__ = ('c',)
l2 = L2(); l2.c = 1; l2.a = 2
try: l2.d = 1
except AttributeError as e: print(e)
class L3(L):
    __slots__ = ()
l3 = L3()
try: l3.d = 1
except AttributeError as e: print(e)
class L4(L):
    pass
l4 = L4(); l4.d = 1; print(l4.d, l4.__dict__)
class L5(list):
    __slots__ = ('x', '__dict__')
l5 = L5(); l5.y = 1; l5.x = 2; print(l5.y, l5.x, l5.__dict__['y'])
class D(dict):
    __slots__ = ('x',)
d = D(k=1); d.x = 9
for proto in (2, 4):
    c = pickle.loads(pickle.dumps(d, proto)); print(c, c.x, type(c).__name__)
try:
    pickle.dumps(d, 0)
except TypeError as e:
    print(e)
c = copy.copy(d); print(c, c.x)
c = copy.deepcopy(l); print(c, c.a)
try: d.y = 1
except AttributeError as e: print(e)
for i in range(3):
    try:
        l.q = i
    except AttributeError as e: print(e)
def f(o):
    o.a = 5
    return o.a
print([f(l) for i in range(5)])
print(sorted(n for n in dir(l) if not n.startswith('__'))[:5])
