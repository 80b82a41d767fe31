# Plain instances, sets and frozensets pickled by the native reduce (vm/modules/pickle_save_reduce.ts):
# the exact bytes of CPython's C pickler for protocols 2-5 (classes in __main__, in a module, nested;
# __slots__, __getstate__, shared and self references, batches of 1000), and the hooks that must
# still take the Python path (reducer_override, copyreg.pickle, an instance __reduce_ex__,
# __getnewargs__, persistent_id).
import copyreg
import io
import pickle
import sys
import types

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __eq__(self, o):
        return type(o) is type(self) and o.__dict__ == self.__dict__

class Empty:
    pass

class Slots:
    __slots__ = ('a', 'b', '__dict__')

class OnlySlots:
    __slots__ = ('a', 'b')

class WithState:
    def __init__(self):
        self.v = 1
        self.cache = [1, 2]
    def __getstate__(self):
        return {'v': self.v}

class Outer:
    class Inner:
        def __init__(self):
            self.k = 'inner'

mod = types.ModuleType('native_reduce_mod')
exec("class M:\n    def __init__(self, n):\n        self.n = n\n", mod.__dict__)
sys.modules['native_reduce_mod'] = mod

def show(label, obj, protos=(2, 3, 4, 5)):
    for p in protos:
        data = pickle.dumps(obj, p)
        print(label, p, len(data), data if len(data) < 200 else data[:80] + b'...' + data[-40:])

p1 = P(1, 'a')
show('plain', p1)
show('empty', Empty())
show('list same class', [P(i, i * 2) for i in range(3)])
s = Slots(); s.a = 1; s.b = [2]; s.c = 'd'
show('slots+dict', s)
o = OnlySlots(); o.a = 5
show('only slots, one set', o)
show('only slots, none set', OnlySlots())
show('getstate', WithState())
show('nested class', Outer.Inner())
show('module class', mod.M(7))
shared = P(0, 0)
show('shared', [shared, shared, P(shared, shared)])
me = P(1, 2); me.x = me
show('self reference', me)
show('class itself', [P, Outer.Inner, mod.M, int, set])

show('set of ints', {3, 1, 2})
show('empty set', set())
show('frozenset', frozenset({5, 6}))
show('empty frozenset', frozenset())
fs = frozenset({1, 2})
show('shared frozenset', [fs, fs, {fs}])
show('set of tuples', {(1, 2), (3, 4)})
big = set(range(2500))
show('big set', big)
show('exactly 1000', set(range(1000)), (4,))
show('frozenset in set in object', P({frozenset({1})}, frozenset({2, 3})))

class Shadow:
    pass
sh = Shadow()
sh.__reduce_ex__ = lambda proto: (Shadow, ())
show('instance __reduce_ex__', sh)
sg = P(1, 2)
sg.__getstate__ = lambda: {'only': 'this'}
show('instance __getstate__', sg)

class Args:
    def __init__(self, n):
        self.n = n
    def __getnewargs__(self):
        return (self.n,)
    def __new__(cls, *a):
        return object.__new__(cls)
show('getnewargs', Args(3))

class Custom:
    def __init__(self):
        self.z = 1
copyreg.pickle(Custom, lambda c: (Custom, ()))
show('copyreg.pickle', Custom())

class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if type(obj) is P:
            return (P, (obj.y, obj.x))
        return NotImplemented
for p in (2, 4):
    f = io.BytesIO()
    Override(f, p).dump([P(1, 2), Empty(), {1}])
    print('reducer_override', p, f.getvalue())

class Pers(pickle.Pickler):
    def persistent_id(self, obj):
        return 'E' if type(obj) is Empty else None
for p in (2, 4):
    f = io.BytesIO()
    Pers(f, p).dump([Empty(), P(1, Empty())])
    print('persistent_id', p, f.getvalue())

class Table(pickle.Pickler):
    dispatch_table = {P: lambda o: (P, (o.x, o.y))}
f = io.BytesIO()
Table(f, 4).dump([P(1, 2), Empty()])
print('dispatch_table', f.getvalue())

# round trips
for p in (2, 3, 4, 5):
    for obj in ([P(i, str(i)) for i in range(5)], {1, 2, 3}, frozenset({(1, 2)}), me, s):
        back = pickle.loads(pickle.dumps(obj, p))
        if obj is me:
            print(p, back.x is back, back.y)
        elif obj is s:
            print(p, back.a, back.b, back.c)
        else:
            print(p, back == obj)
