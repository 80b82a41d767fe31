# Exercises copy; output is compared between CPython's copy and pystm's lib/copy.py.
import copy


def attempt(label, fn, *args, **kw):
    try:
        print(label, '->', repr(fn(*args, **kw)))
    except Exception as e:
        print(label, '!!', type(e).__name__, str(e))


atoms = [None, 1, 2.5, True, 1j, 'str', b'bytes', (1, 2), frozenset([1]), range(3), int, len, Ellipsis]
for a in atoms:
    print(repr(a), copy.copy(a) is a, copy.deepcopy(a) is a)
print(copy.deepcopy((1, [2])) is (1, [2]), copy.deepcopy(((1, 2), 'a'))[0])

l = [1, [2, 3], {'k': [4]}]
sc = copy.copy(l)
dc = copy.deepcopy(l)
print(sc == l, sc is l, sc[1] is l[1], dc == l, dc[1] is l[1], dc[2]['k'] is l[2]['k'])
d = {'a': [1], 'b': {'c': (1, [2])}}
sd = copy.copy(d)
dd = copy.deepcopy(d)
print(sd['a'] is d['a'], dd['a'] is d['a'], dd == d, dd['b']['c'][1] is d['b']['c'][1])
s = {1, 2, (3, 4)}
print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(s) == s, copy.deepcopy(frozenset([1, (2,)])) == frozenset([1, (2,)]))
ba = bytearray(b'xy')
print(copy.copy(ba), copy.copy(ba) is ba, copy.deepcopy(ba))

rec = [1]
rec.append(rec)
rc = copy.deepcopy(rec)
print(rc[1] is rc, rc[0], rc is rec)
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
rt = ([],)
rt[0].append(rt)
rtc = copy.deepcopy(rt)
print(rtc[0][0] is rtc, rtc is rt)
memo = {}
x = [1, 2]
y = copy.deepcopy(x, memo)
print(memo[id(x)] is y, id(memo) in memo)


class Plain:
    def __init__(self, v):
        self.v = v
        self.items = [v]

    def __repr__(self):
        return 'Plain(%r, %r)' % (self.v, self.items)


p = Plain(1)
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
print(p2, p3, p2.items is p.items, p3.items is p.items, type(p2).__name__)


class Slotted:
    __slots__ = ('a', 'b', '__priv')

    def __init__(self):
        self.a = [1]
        self.__priv = 'p'

    def get(self):
        return (self.a, getattr(self, 'b', 'unset'), self.__priv)


class SlottedChild(Slotted):
    __slots__ = ('c',)


sl = SlottedChild()
sl.c = 'c'
s2 = copy.copy(sl)
s3 = copy.deepcopy(sl)
print(s2.get(), s2.c, s2.a is sl.a, s3.get(), s3.a is sl.a)


class Both:
    __slots__ = ('x', '__dict__')


b = Both()
b.x = 1
b.y = [2]
b2 = copy.deepcopy(b)
print(b2.x, b2.y, b2.y is b.y)


class WithCopy:
    def __init__(self, tag):
        self.tag = tag

    def __copy__(self):
        return WithCopy(self.tag + '-copied')

    def __deepcopy__(self, memo):
        return WithCopy(self.tag + '-deep')


print(copy.copy(WithCopy('a')).tag, copy.deepcopy(WithCopy('a')).tag, copy.deepcopy([WithCopy('z')])[0].tag)


class WithReduce:
    def __init__(self, a, b=0):
        self.a = a
        self.b = b

    def __reduce__(self):
        return (WithReduce, (self.a, 99))


wr = copy.copy(WithReduce([1], 2))
print(wr.a, wr.b)


class WithReduceEx:
    def __reduce_ex__(self, proto):
        return (dict, (), None, None, iter([('proto', proto)]))


print(copy.copy(WithReduceEx()), copy.deepcopy(WithReduceEx()))


class StrReduce:
    def __reduce__(self):
        return 'global_name'


sr = StrReduce()
print(copy.copy(sr) is sr, copy.deepcopy(sr) is sr)


class State:
    def __init__(self):
        self.a = 1
        self.log = []

    def __getstate__(self):
        return {'a': self.a * 10}

    def __setstate__(self, st):
        self.a = st['a'] + 1
        self.log = ['restored']


st = copy.copy(State())
print(st.a, st.log, copy.deepcopy(State()).a)


class NewArgs:
    def __new__(cls, x):
        self = object.__new__(cls)
        self.x = x
        return self

    def __getnewargs__(self):
        return (self.x * 2,)


print(copy.copy(NewArgs(3)).x, copy.deepcopy(NewArgs([1])).x)


class MyList(list):
    pass


class MyDict(dict):
    pass


class MySet(set):
    pass


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyTuple(tuple):
    pass


ml = MyList([1, [2]])
ml.attr = 'x'
mlc = copy.copy(ml)
mld = copy.deepcopy(ml)
print(type(mlc).__name__, mlc, mlc.attr, mlc[1] is ml[1], mld, mld[1] is ml[1], mld.attr)
md = MyDict(a=[1])
mdc = copy.deepcopy(md)
print(type(mdc).__name__, mdc, mdc['a'] is md['a'])
ms = MySet([1, 2])
print(type(copy.copy(ms)).__name__, sorted(copy.deepcopy(ms)))
mi = MyInt(5)
mi.tag = 't'
print(type(copy.copy(mi)).__name__, copy.copy(mi), copy.deepcopy(mi).tag, copy.copy(MyStr('s')), type(copy.copy(MyStr('s'))).__name__)
print(copy.copy(MyTuple((1, [2]))), type(copy.deepcopy(MyTuple((1, [2])))).__name__)


class Meth:
    def f(self):
        return self


mo = Meth()
bm = copy.deepcopy(mo.f)
print(bm() is mo, type(bm()).__name__, copy.copy(mo.f)() is mo)


def gen():
    yield 1


attempt('copy generator', copy.copy, gen())
attempt('deepcopy generator', copy.deepcopy, gen())
attempt('copy dict_keys', copy.copy, {}.keys())
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
import collections
od = collections.OrderedDict(a=[1])
odc = copy.deepcopy(od)
print(odc, odc['a'] is od['a'], type(copy.copy(od)).__name__)
dq = collections.deque([1, [2]], maxlen=5)
print(copy.copy(dq), copy.deepcopy(dq)[1] is dq[1], copy.copy(dq)[1] is dq[1])
dfd = collections.defaultdict(list, a=[1])
print(copy.copy(dfd), copy.deepcopy(dfd)['a'] is dfd['a'])
Pt = collections.namedtuple('Pt', 'x y')
pt = Pt([1], 2)
print(copy.copy(pt) is pt, copy.deepcopy(pt), copy.deepcopy(pt).x is pt.x)
cn = collections.Counter('aab')
print(copy.copy(cn), copy.deepcopy(cn))
