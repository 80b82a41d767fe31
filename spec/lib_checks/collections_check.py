# Exercises collections; output is compared between CPython's collections and pystm's
# lib/collections/__init__.py.
import collections
import collections.abc
from collections import namedtuple, OrderedDict, defaultdict, Counter, deque, ChainMap
from collections import UserDict, UserList, UserString


def attempt(label, fn, *args, **kw):
    try:
        print(label, '->', repr(fn(*args, **kw)))
    except Exception as e:
        print(label, '!!', type(e).__name__, str(e))


# ---- namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, repr(p), p.x, p.y, p[0], p[-1], len(p), tuple(p), p == (1, 2), isinstance(p, tuple))
print(Point._fields, Point._field_defaults, Point.__name__, Point.__doc__, Point.__module__)
print(Point._make([3, 4]), p._replace(x=10), p._asdict(), Point.__new__.__doc__, Point.x.__doc__)
print(p.__getnewargs__(), Point.__match_args__, Point.__slots__, Point.__new__.__qualname__)
attempt('missing arg', Point, 1)
attempt('too many', Point, 1, 2, 3)
attempt('bad kw', Point, 1, z=2)
attempt('make short', Point._make, [1])
attempt('replace bad', p._replace, z=1)
attempt('set attr', setattr, p, 'x', 5)
Pt3 = namedtuple('Pt3', 'x y z', defaults=[0, 1])
print(Pt3(5), Pt3(5, 6), Pt3._field_defaults, Pt3.__new__.__defaults__)
Pt4 = namedtuple('Pt4', 'a, b,c', defaults=(None,))
print(Pt4(1, 2), Pt4._fields)
One = namedtuple('One', 'only')
print(One(1), One.__doc__, One.__new__.__doc__)
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields, Empty.__doc__)
R = namedtuple('R', ['abc', 'def', 'abc', '_x', '1a', 'ok'], rename=True)
print(R._fields)
attempt('keyword field', namedtuple, 'A', 'x class')
attempt('underscore', namedtuple, 'A', 'x _y')
attempt('dup', namedtuple, 'A', 'x x')
attempt('bad ident', namedtuple, 'A', 'x 1y')
attempt('bad type name', namedtuple, 'A-B', 'x')
attempt('keyword type name', namedtuple, 'def', 'x')
attempt('too many defaults', namedtuple, 'A', 'x', defaults=[1, 2])
M = namedtuple('M', 'a b', module='some.mod')
print(M.__module__, repr(M(1, [2])))


class Sub(namedtuple('Base', 'a b')):
    __slots__ = ()

    def total(self):
        return self.a + self.b


s = Sub(2, 3)
print(s, s.total(), s._replace(a=7), type(s._replace(a=7)).__name__, Sub._make([1, 1]).total())
print(sorted(set([Point(1, 2), Point(1, 2), Point(2, 1)])))
match Point(5, 6):
    case Point(x, y):
        print('matched', x, y)

# ---- deque
d = deque()
print(d, repr(deque([1, 2])), deque('abc'), deque(range(5), maxlen=3), deque(maxlen=2), deque([1], 0))
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2], d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft('xy')
print(d)
d.rotate()
print(d)
d.rotate(-2)
print(d)
d.rotate(10)
print(d)
d.rotate(0)
print(d, d.index(2), d.index('a'), d.count(1), 'x' in d, 9 in d)
d.insert(1, 'ins')
d.insert(-1, 'neg')
d.insert(100, 'end')
print(d)
d.remove('ins')
print(d)
d[0] = 'first'
del d[1]
print(d, d.copy(), list(reversed(d)))
d.reverse()
print(d)
d.clear()
print(d, bool(d))
b = deque(maxlen=3)
for i in range(6):
    b.append(i)
    print(b)
b.appendleft('L')
print(b)
b.extendleft([10, 11])
print(b, b.maxlen)
b.insert(0, 'z') if len(b) < 3 else print('full')
attempt('insert full', b.insert, 0, 'z')
z = deque([1, 2], maxlen=0)
z.append(1)
z.appendleft(2)
print(z)
big = deque()
for i in range(100):
    big.appendleft(i)
    if i % 3 == 0:
        big.pop()
print(len(big), list(big)[:5], big[10], big[-10])
for i in range(50):
    big.popleft()
    big.append(-i)
print(list(big)[:6], len(big))
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1]) < deque([1, 2]), deque([3]) >= deque([2, 9]))
print(deque([1, 2]) + deque([3]), deque([1]) * 3, 2 * deque('ab'), deque([1], maxlen=2) * 3)
e = deque([1, 2])
e += [3, 4]
e *= 2
print(e)
e *= 0
print(e)
e.extend(e)
f = deque([1, 2])
f.extend(f)
print(f)
attempt('pop empty', deque().pop)
attempt('popleft empty', deque().popleft)
attempt('index missing', deque([1]).index, 2)
attempt('index window', deque([1, 2, 3]).index, 3, 0, 2)
attempt('index start', deque([1, 2, 3, 1]).index, 1, 1)
attempt('index neg', deque([1, 2, 3, 1]).index, 1, -2)
attempt('remove missing', deque([1]).remove, 2)
attempt('getitem oob', lambda: deque([1])[5])
attempt('getitem neg oob', lambda: deque([1])[-2])
attempt('getitem slice', lambda: deque([1])[1:2])
attempt('getitem str', lambda: deque([1])['a'])
attempt('setitem oob', deque([1]).__setitem__, 4, 0)
attempt('concat list', lambda: deque([1]) + [1])
attempt('maxlen neg', deque, [], -1)
attempt('maxlen float', deque, [], 1.5)
attempt('not iterable', deque, 1)
attempt('rotate str', deque([1]).rotate, 'a')
mut = deque([1, 2, 3])


def mutate():
    for x in mut:
        mut.append(x)


attempt('mutate during iteration', mutate)
rec = deque([1])
rec.append(rec)
print(rec)
print(deque.__hash__, isinstance(deque(), collections.abc.MutableSequence), deque([1, 2], 5).maxlen)

# ---- defaultdict
dd = defaultdict(list)
dd['a'].append(1)
dd['b'].append(2)
dd['a'].append(3)
print(dd, dd['a'], 'c' in dd, len(dd), dd.default_factory, repr(defaultdict()), defaultdict(int, {'x': 1}))
print(defaultdict(None, a=1), defaultdict(lambda: 'v', [('k', 1)])['z'] if False else 'skip')
di = defaultdict(int)
for ch in 'mississippi':
    di[ch] += 1
print(sorted(di.items()), di.get('zz'), 'zz' in di, isinstance(di, dict))
nd = defaultdict()
attempt('missing no factory', lambda: nd['x'])
attempt('bad factory', defaultdict, 5)
c2 = dd.copy()
c2['a'].append(99)
print(type(c2).__name__, c2, dd['a'])
print(defaultdict(int, {'a': 1}) | {'b': 2}, {'b': 2} | defaultdict(int, {'a': 1}))
ds = defaultdict(set)
ds[1].add(2)
print(ds)


class MyDD(defaultdict):
    pass


print(MyDD(int, a=1), repr(MyDD(list)))
dr = defaultdict(list)
dr.default_factory = dict
dr['k']['x'] = 1
print(dr)

# ---- OrderedDict
od = OrderedDict()
print(od, repr(OrderedDict(a=1)))
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
print(od.keys(), od.values(), od.items())
od.move_to_end('b')
print(od)
od.move_to_end('c', last=False)
print(od)
attempt('move missing', od.move_to_end, 'zz')
print(od.popitem(), od.popitem(last=False), od)
attempt('popitem empty', OrderedDict().popitem)
o1 = OrderedDict([('a', 1), ('b', 2)])
o2 = OrderedDict([('b', 2), ('a', 1)])
print(o1 == o2, o1 == dict(o2), dict(o2) == o1, o1 != o2, o1 == OrderedDict(a=1, b=2))
print(list(reversed(o1)), list(reversed(o1.keys())), list(reversed(o1.items())), list(reversed(o1.values())))
print(OrderedDict.fromkeys('abc', 0), o1.copy(), o1 | {'c': 3}, {'z': 0} | o1)
o3 = OrderedDict(o1)
o3['a'] = 10
print(o3, o3.setdefault('q', 5), o3.pop('b'), o3.pop('missing', 'd'), o3)
o3 |= {'r': 1}
print(o3, isinstance(o3, dict), 'a' in o3.keys(), ('a', 10) in o3.items())
o3.update([('s', 2)], t=3)
print(o3, len(o3))
del o3['a']
print(o3)

# ---- Counter
c = Counter('abracadabra')
print(c, c['a'], c['zz'], c.most_common(2), c.most_common(), c.most_common(0), c.total())
print(sorted(c.elements()), Counter(), repr(Counter(a=0)))
c.update('aaz')
c.update({'b': 5})
c.update(q=2)
print(c)
c.subtract('aaaaaaa')
c.subtract({'z': 3}, q=10)
print(c, c.total())
print(+c, -c)
x = Counter(a=3, b=1, c=-2)
y = Counter(a=1, b=2, d=4)
print(x + y, x - y, x | y, x & y)
x2 = Counter(x)
x2 += y
print(x2)
x2 = Counter(x)
x2 -= y
print(x2)
x2 = Counter(x)
x2 |= y
print(x2)
x2 = Counter(x)
x2 &= y
print(x2)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1),
      Counter(a=2) > Counter(a=1), Counter(a=1) >= Counter(), Counter(a=1) != Counter(a=2), Counter() == {})
del c['nope']
del c['a']
print(c, c.copy(), type(c.copy()).__name__)
attempt('fromkeys', Counter.fromkeys, 'abc')
attempt('add dict', lambda: Counter() + {})
print(Counter({'x': 2, 'y': 2, 'z': 3}).most_common(), Counter([1, 1, 2]) == Counter({1: 2, 2: 1}))
print(Counter({'a': 1.5, 'b': 'x'}) if False else Counter({'a': 1.5, 'b': 0.5}))
print(repr(Counter({'a': 'x', 'b': 1})) if False else 'skipped')
words = 'the quick brown the lazy the dog quick'.split()
print(Counter(words).most_common(3))

# ---- ChainMap
base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm, cm['a'], cm['b'], cm['c'], len(cm), list(cm), sorted(cm.items()), cm.get('z', 0), 'a' in cm)
cm['d'] = 4
print(over, base, bool(cm), bool(ChainMap({}, {})), ChainMap())
child = cm.new_child()
child['a'] = 100
print(child, child.parents, child['a'], cm['a'], child.new_child({'q': 1}, r=2))
attempt('missing', lambda: cm['zz'])
attempt('del missing', cm.__delitem__, 'a')
attempt('pop missing', cm.pop, 'a')
print(cm.pop('d'), cm.pop('zz', 'dflt'))
attempt('popitem empty', ChainMap({}).popitem)
print(ChainMap.fromkeys('ab', 1), cm.copy(), cm | {'n': 1}, {'n': 1} | cm)
cm2 = cm.copy()
cm2 |= {'m': 3}
cm2.clear()
print(cm2, cm2.maps, isinstance(cm, collections.abc.MutableMapping))


class DefaultChain(ChainMap):
    def __missing__(self, key):
        return 'default-' + str(key)


print(DefaultChain({'a': 1})['b'], DefaultChain({'a': 1})['a'])

# ---- UserDict / UserList / UserString
ud = UserDict({'a': 1}, b=2)
ud['c'] = 3
print(ud, len(ud), ud['a'], 'b' in ud, ud.get('z'), ud.data, sorted(ud.keys()), ud.copy(), type(ud.copy()).__name__)
del ud['a']
print(ud, ud | {'x': 1}, {'x': 1} | ud, UserDict.fromkeys('ab'))
attempt('ud missing', lambda: ud['zz'])


class Defaulting(UserDict):
    def __missing__(self, key):
        return 0


dfl = Defaulting(a=1)
print(dfl['a'], dfl['zz'], dfl.get('zz'), 'zz' in dfl, type(dfl.copy()).__name__, dfl.copy())
ul = UserList([3, 1, 2])
ul.append(5)
ul.extend([0])
ul.sort()
print(ul, ul[1:3], type(ul[1:3]).__name__, ul[0], len(ul), ul + [9], [9] + ul, ul * 2, ul == [0, 1, 2, 3, 5])
ul.reverse()
ul.insert(0, 7)
print(ul, ul.pop(), ul.index(3), ul.count(1), ul < [8], ul.copy(), 5 in ul)
ul += (8,)
ul *= 2
print(ul, UserList(), UserList(UserList([1])), UserList('ab'))
us = UserString('Hello World')
print(us, repr(us), len(us), us[0], us[1:4], type(us[1:4]).__name__, us.upper(), us.lower(), us.split(), us + '!', 'x' + us)
print(us.replace('l', 'L'), us.find('o'), us.count('l'), us.startswith('He'), 'World' in us, us == 'Hello World', us < 'Z')
print(us * 2, us.center(15, '*'), us.strip('Hd'), us.title(), us.zfill(13), us.encode(), us.isalpha(), hash(us) == hash('Hello World'))
print(sorted(collections.__all__))
