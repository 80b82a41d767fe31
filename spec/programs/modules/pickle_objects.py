# pickle: objects through __reduce_ex__ (namedtuple, enum, dataclass, slots, __getstate__, __reduce__,
# subclasses, __getnewargs_ex__), frames of protocol 4-5 past 64 KiB, recursive and shared structures,
# several pickles in one file, persistent ids, dispatch_table and reducer_override: CPython's bytes.
import pickle, io, hashlib, collections, enum, dataclasses, copyreg

def show(label, d):
    print(label, len(d), hashlib.sha1(d).hexdigest()[:16] if len(d) > 150 else d)

big = [str(i) * 3 for i in range(8000)]
for p in (4, 5):
    d = pickle.dumps(big, p); show('big%d' % p, d); assert pickle.loads(d) == big
    d = pickle.dumps([b'x' * 70000, 'y' * 70000, b'z' * 10], p); show('large%d' % p, d)
    assert pickle.loads(d)[1] == 'y' * 70000
    if p == 4:
        d = pickle.dumps({i: (i, str(i)) for i in range(5000)}, p); show('dict%d' % p, d)

Point = collections.namedtuple('Point', 'x y')
class Color(enum.Enum):
    RED = 1
    GREEN = 2
@dataclasses.dataclass
class DC:
    a: int
    b: list
class Slots:
    __slots__ = ('a', 'b')
    def __init__(s): s.a = 1; s.b = 2
class GS:
    def __init__(s): s.x = 1
    def __getstate__(s): return {'x': s.x * 10}
    def __setstate__(s, st): s.x = st['x'] + 1
class Red:
    def __reduce__(s): return (Red2, (5,), {'q': 1})
class Red2:
    def __init__(s, v): s.v = v
class Lst(list):
    pass
class Dct(dict):
    pass
class NewArgs:
    def __new__(cls, a, *, k=0):
        o = object.__new__(cls); o.a = a; o.k = k; return o
    def __getnewargs_ex__(s): return ((s.a,), {'k': s.k})
objs0 = [Point(1, 2), Color.GREEN, DC(1, [2]), collections.OrderedDict(a=1, b=2),
        collections.defaultdict(list, {'a': [1]}), collections.deque([1, 2, 3]),
        collections.Counter('abca'), Slots(), GS(), Red(), Lst([1, 2]), Dct(a=1), NewArgs(3, k=4)]
for p in range(6):
    for o in objs0:
        if p < 2 and type(o) is Slots: continue
        d = pickle.dumps(o, p)
        r = pickle.loads(d)
        show('%d %s' % (p, type(o).__name__), d)
        print('  ', type(r).__name__, getattr(r, '__dict__', None) if not isinstance(r, (tuple, list, dict, enum.Enum, collections.deque)) else r,
              getattr(r, 'a', None), getattr(r, 'k', None))

# recursion and sharing
a = [1]; b = {'a': a, 'b': a}; a.append(b)
for p in range(6):
    d = pickle.dumps(b, p); show('rec%d' % p, d)
    r = pickle.loads(d); print('  ', r['a'] is r['b'], r['a'][1] is r)
t = ({},); t[0]['t'] = t
for p in range(6):
    d = pickle.dumps(t, p); show('rect%d' % p, d); r = pickle.loads(d); print('  ', r[0]['t'] is r)
fs = frozenset([1]); lst = [fs, fs]
for p in range(6):
    show('fs%d' % p, pickle.dumps(lst, p))

# file: several pickles in a row
f = io.BytesIO()
for p in range(6):
    pickle.dump(('obj', p, [p] * 3), f, p)
pickle.dump(big[:3000], f, 4)
f.seek(0)
for p in range(6):
    print(pickle.load(f))
print(len(pickle.load(f)))
try:
    pickle.load(f)
except EOFError as e:
    print('EOFError', e)

# persistent ids, dispatch_table, reducer_override
class PP(pickle.Pickler):
    def persistent_id(self, obj):
        return ('pid', 'P' + obj[1:]) if isinstance(obj, str) and obj.startswith('@') else None
class UP(pickle.Unpickler):
    def persistent_load(self, pid):
        return 'loaded:' + pid[1]
for p in range(6):
    f = io.BytesIO(); PP(f, p).dump(['@a', 'b', '@c'])
    show('pers%d' % p, f.getvalue()); f.seek(0); print('  ', UP(f).load())
class DT(pickle.Pickler):
    dispatch_table = {complex: lambda c: (complex, (c.imag, c.real))}
f = io.BytesIO(); DT(f, 2).dump([1j, 2+3j]); show('dt', f.getvalue()); print(pickle.loads(f.getvalue()))
class RO(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is int: return (type, (5,))
        return NotImplemented
f = io.BytesIO(); RO(f, 4).dump([int, 1]); show('ro', f.getvalue())
