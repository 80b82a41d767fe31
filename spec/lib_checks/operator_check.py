# Exercises operator; output is compared between CPython's operator and pystm's lib/operator.py.
import operator


def attempt(label, fn, *args, **kw):
    try:
        print(label, '->', repr(fn(*args, **kw)))
    except Exception as e:
        print(label, '!!', type(e).__name__, str(e))


print(sorted(operator.__all__))
dunders = [n for n in dir(operator) if n.startswith('__') and n.endswith('__') and callable(getattr(operator, n))]
print(dunders)
for n in dunders:
    plain = n[2:-2]
    if plain in ('not', 'and', 'or'):
        plain = plain + '_'
    if hasattr(operator, plain):
        print(n, 'has plain', plain)

binary = ['lt', 'le', 'eq', 'ne', 'ge', 'gt', 'add', 'and_', 'floordiv', 'lshift', 'mod', 'mul',
          'or_', 'pow', 'rshift', 'sub', 'truediv', 'xor', 'is_', 'is_not', 'concat', 'contains',
          'countOf', 'getitem', 'indexOf']
values = [0, 3, -7, 2.5, True, 'ab', [1, 2], (1,), None, {1: 2}, {1, 2}]
for name in binary:
    fn = getattr(operator, name)
    for a in values:
        for b in values[:5]:
            attempt('%s(%r, %r)' % (name, a, b), fn, a, b)
    dfn = getattr(operator, '__' + name.rstrip('_') + '__', None)
    if dfn is not None:
        attempt('dunder ' + name, dfn, 6, 4)

unary = ['not_', 'truth', 'abs', 'inv', 'invert', 'neg', 'pos', 'index']
for name in unary:
    fn = getattr(operator, name)
    for a in values:
        attempt('%s(%r)' % (name, a), fn, a)

inplace = ['iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imod', 'imul', 'ior', 'ipow',
           'irshift', 'isub', 'itruediv', 'ixor']
for name in inplace:
    fn = getattr(operator, name)
    attempt(name + ' ints', fn, 12, 5)
    attempt(name + ' floats', fn, 12.0, 5)
    attempt(name + ' str', fn, 'ab', 'cd')
    lst = [1, 2]
    attempt(name + ' list', fn, lst, [3])
    print(' list after', lst)
    s = {1, 2}
    attempt(name + ' set', fn, s, {2, 3})
    print(' set after', sorted(s))


class M:
    def __init__(self, v):
        self.v = v

    def __matmul__(self, o):
        return M(self.v * o.v)

    def __imatmul__(self, o):
        self.v += o.v
        return self

    def __repr__(self):
        return 'M(%r)' % self.v


print(operator.matmul(M(2), M(3)), operator.imatmul(M(2), M(3)), operator.__matmul__(M(4), M(5)))
attempt('matmul ints', operator.matmul, 1, 2)

lst = [1, 2, 3, 4, 5]
operator.setitem(lst, 1, 'x')
operator.delitem(lst, 0)
operator.setitem(lst, slice(0, 2), ['a', 'b', 'c'])
print(lst, operator.getitem(lst, slice(1, None)))
attempt('getitem oob', operator.getitem, lst, 10)
attempt('delitem oob', operator.delitem, lst, 10)
attempt('setitem tuple', operator.setitem, (1,), 0, 1)
attempt('indexOf missing', operator.indexOf, [1, 2], 3)
attempt('indexOf nan', operator.indexOf, [float('nan')], float('nan'))
nan = float('nan')
attempt('indexOf same nan', operator.indexOf, [1, nan], nan)
attempt('countOf nan', operator.countOf, [nan, nan, 1], nan)
attempt('countOf gen', operator.countOf, (i % 3 for i in range(10)), 1)
attempt('concat int', operator.concat, 1, 2)
attempt('concat dict', operator.concat, {}, {})
attempt('iconcat int', operator.iconcat, 1, 2)
attempt('contains int', operator.contains, 5, 1)

attempt('index float', operator.index, 1.5)
attempt('index str', operator.index, '1')
attempt('index bool', operator.index, True)


class Idx:
    def __index__(self):
        return 42


class BadIdx:
    def __index__(self):
        return 'no'


attempt('index obj', operator.index, Idx())
attempt('index bad', operator.index, BadIdx())
attempt('call', operator.call, max, 3, 9, 2)
attempt('call kw', operator.call, sorted, [3, 1, 2], reverse=True)
attempt('__call__', operator.__call__, len, 'abc')


class Hint:
    def __init__(self, v):
        self.v = v

    def __length_hint__(self):
        return self.v


class NoHint:
    pass


attempt('lh list', operator.length_hint, [1, 2, 3])
attempt('lh iter', operator.length_hint, iter([1, 2, 3]))
attempt('lh range iter', operator.length_hint, iter(range(10)))
attempt('lh nohint', operator.length_hint, NoHint())
attempt('lh nohint default', operator.length_hint, NoHint(), 7)
attempt('lh hint', operator.length_hint, Hint(5))
attempt('lh hint NotImplemented', operator.length_hint, Hint(NotImplemented), 4)
attempt('lh hint neg', operator.length_hint, Hint(-1))
attempt('lh hint str', operator.length_hint, Hint('x'))
attempt('lh bad default', operator.length_hint, [], 'x')
attempt('lh gen', operator.length_hint, (x for x in 'ab'), 3)


class P:
    pass


p = P()
p.name = P()
p.name.first = 'Ada'
p.name.last = 'Lovelace'
p.age = 36
g = operator.attrgetter('age')
print(g, g(p))
g = operator.attrgetter('name.first')
print(g, g(p))
g = operator.attrgetter('age', 'name.last', 'name.first')
print(g, g(p))
attempt('attrgetter missing', operator.attrgetter('nope'), p)
attempt('attrgetter missing dotted', operator.attrgetter('name.middle'), p)
attempt('attrgetter()', operator.attrgetter)
attempt('attrgetter(1)', operator.attrgetter, 1)
attempt('attrgetter("a", 2)', operator.attrgetter, 'a', 2)

g = operator.itemgetter(1)
print(g, g('abc'), g([4, 5]), g({1: 'one'}))
g = operator.itemgetter(0, -1, slice(1, 3))
print(g, g('hello'))
g = operator.itemgetter('k')
print(g, g({'k': 'v'}))
attempt('itemgetter()', operator.itemgetter)
attempt('itemgetter oob', operator.itemgetter(5), [1])
attempt('itemgetter key', operator.itemgetter('x', 'y'), {'x': 1})
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=operator.itemgetter(1)))
print(list(map(operator.itemgetter(0), ['ab', 'cd'])))

m = operator.methodcaller('upper')
print(m, m('abc'))
m = operator.methodcaller('split', ',', maxsplit=1)
print(m, m('a,b,c'))
m = operator.methodcaller('replace', 'a', 'b')
print(m, m('banana'))
attempt('methodcaller()', operator.methodcaller)
attempt('methodcaller(1)', operator.methodcaller, 1)
attempt('methodcaller missing', operator.methodcaller('nope'), 'abc')
print(operator.methodcaller('pop', 'name', 5)({'name': 1}), operator.methodcaller('pop', 'x', 5)({}))
print(operator.abs.__doc__ is not None, operator.add.__name__)


class Seq:
    def __init__(self, items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __add__(self, other):
        return Seq(self.items + list(other))

    def __iadd__(self, other):
        self.items.extend(other)
        return self

    def __repr__(self):
        return 'Seq(%r)' % self.items


attempt('concat seq', operator.concat, Seq([1]), [2])
attempt('concat seq int', operator.concat, Seq([1]), 2)
attempt('iconcat seq', operator.iconcat, Seq([1]), (2, 3))
attempt('iconcat list tuple', operator.iconcat, [1], (2, 3))
attempt('concat list tuple', operator.concat, [1], (2, 3))
attempt('concat tuple list', operator.concat, (1,), [2])
attempt('concat str', operator.concat, 'a', 'b')
attempt('concat bytes', operator.concat, b'a', bytearray(b'b'))
attempt('countOf seq', operator.countOf, Seq([1, 2, 1]), 1)
attempt('indexOf dict', operator.indexOf, {'a': 1, 'b': 2}, 'b')
