# functools.partial (the native class): calls with merged keywords, flattening of nested
# partials, repr (recursive too), __dict__, pickling/copying with __reduce__/__setstate__,
# subclassing, readonly attributes and the messages of bad states.
import copy
import pickle
from functools import partial


def f(*args, **kw):
    return args, kw


p = partial(f, 1, a=2)
print(p(3, b=4), p(a=5), p.func is f, p.args, p.keywords)
q = partial(p, 6, c=7)
print(q.func is f, q.args, q.keywords)
p.x = 1
r = partial(p, 8)
print(r.func is p, r.args)
print(repr(partial(max, 1, key=abs)))
p2 = partial(f)
p2.keywords['self'] = p2
p3 = partial(f, 1)
p3.__setstate__((f, (p3,), {}, None))
print(repr(p2).replace(repr(f), 'f'), repr(p3).replace(repr(f), 'f'))


class P(partial):
    def extra(self):
        return 'extra', self.args


s = P(f, 1)
print(repr(s).replace(repr(f), 'f'), s(2), s.extra(), type(partial(s, 3)).__name__, partial(s, 3).func is f)
pk = partial(f, 1, [2], k=3)
pk.attr = 'v'
print(pk.__reduce__()[0] is partial, pk.__reduce__()[1][0] is f, pk.__reduce__()[2][1:])
for c in (pickle.loads(pickle.dumps(pk)), copy.copy(pk), copy.deepcopy(pk)):
    print(c(4), c.attr)
print(copy.copy(pk).keywords is pk.keywords, copy.deepcopy(pk).args[1] is pk.args[1])
for state in [1, (1, 2, 3, 4), (f, (), {}, {}, 5), (f, [], {}, None), (1, (), {}, None)]:
    try:
        partial(f).__setstate__(state)
    except TypeError as e:
        print('TypeError', e)
for attr in ['func', 'args', 'keywords']:
    try:
        setattr(pk, attr, 1)
    except AttributeError as e:
        print('AttributeError', e)
try:
    del pk.__dict__
except TypeError as e:
    print('TypeError', e)
for bad in [(), (1,)]:
    try:
        partial(*bad)
    except TypeError as e:
        print('TypeError', e)
pn = partial(f)
pn.keywords[1] = 2
try:
    pn()
except TypeError as e:
    print('TypeError', e)
print(repr(pn).replace(repr(f), 'f'))
print(partial[int], sorted(['b', 'aa', 'c'], key=partial(len)))
