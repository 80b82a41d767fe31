# tuple(x) of an exact list or tuple takes a fast path in CALL (interp/loop.ts callFromStack):
# the tuple itself, or the list's items copied. Everything else goes through tuple's own call.
import builtins


def conv(x):
    return tuple(x)


for i in range(300):
    assert conv([i, i + 1]) == (i, i + 1)
    assert conv((i,)) == (i,)
t = (1, 2, 3)
EMPTY = ()
print(conv(t) is t, conv([]) is EMPTY, conv(()) is EMPTY, conv([1, [2], 'x']))
l = [1, 2]
r = conv(l)
l.append(3)
print(r, l, type(r).__name__)


class MyList(list):
    def __iter__(self):
        return iter(['iter', 'of', 'subclass'])


class MyTuple(tuple):
    pass


class IterTuple(tuple):
    def __iter__(self):
        return iter(('x',))


print(conv(MyList([1, 2])))
mt = MyTuple((1, 2))
r = conv(mt)
print(r, type(r).__name__, r is mt)
print(conv(IterTuple((1, 2))))
print(conv('abc'), conv(range(3)), conv({1: 2}), conv(x for x in 'hi'))
for bad in (1, None):
    try:
        conv(bad)
    except TypeError as e:
        print('TypeError:', e)
print(tuple(), tuple(iterable=[1]) if False else 'kw skipped')


# tuple shadowed by a global, then by builtins, then restored; the site is warm each time
def conv2(x):
    return tuple(x)


for i in range(300):
    conv2([i])
tuple = lambda x: 'global tuple'
print(conv2([1]))
del tuple
print(conv2([1]))
orig = builtins.tuple
builtins.tuple = lambda x: 'builtins tuple'
print(conv2([1]))
builtins.tuple = orig
print(conv2([1]))
# a subclass of tuple called: its own class
print(type(MyTuple([1, 2])).__name__, MyTuple([1, 2]))
