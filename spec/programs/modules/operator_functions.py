# _operator's functions: results and error messages as the operators' own, the sequence
# helpers (concat's checks, countOf/indexOf with identity first), index, length_hint,
# _compare_digest, call, and clinic's argument messages.
import operator
import _operator


def show(f, *args, **kw):
    try:
        print(f.__name__, repr(f(*args, **kw)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


print(operator.add is _operator.add, operator.__add__ is _operator.add, operator.add.__module__)
for name in ['add', 'sub', 'mul', 'floordiv', 'truediv', 'mod', 'pow', 'lshift', 'rshift', 'and_', 'or_', 'xor']:
    show(getattr(operator, name), 7, 3)
show(operator.matmul, 1, 2)
show(operator.add, 'a', 1)
show(operator.mul, [1], 2.0)
for name in ['lt', 'le', 'eq', 'ne', 'gt', 'ge']:
    show(getattr(operator, name), 1, 2)
show(operator.lt, 1, 'a')
for name in ['neg', 'pos', 'abs', 'inv', 'invert', 'not_', 'truth', 'index']:
    show(getattr(operator, name), -5)
show(operator.neg, 'x')
show(operator.index, 1.5)
x = [1, 2]
print(operator.iadd(x, [3]) is x, x, operator.iadd((1,), (2,)))
show(operator.imul, 'ab', 2)
show(operator.ipow, 2, 10)
show(operator.concat, [1], [2])
show(operator.concat, 1, 2)
show(operator.iconcat, 'a', 'b')
show(operator.iconcat, {}, {})
nan = float('nan')
print(operator.countOf([nan, nan, 1], nan), operator.indexOf([1, nan], nan))
show(operator.countOf, 1, 2)
show(operator.indexOf, [1], 2)
show(operator.contains, [1, 2], 2)
d = {'a': 1}
operator.setitem(d, 'b', 2)
operator.delitem(d, 'a')
print(d, operator.getitem(d, 'b'), operator.getitem('abc', slice(1, None)))
print(operator.is_(None, None), operator.is_not(1, None))


class Hint:
    def __length_hint__(self):
        return 7


class BadHint:
    def __length_hint__(self):
        return 'x'


class NegHint:
    def __length_hint__(self):
        return -1


print(operator.length_hint([1, 2]), operator.length_hint(Hint()), operator.length_hint(object(), 5), operator.length_hint(iter(range(4))))
show(operator.length_hint, BadHint())
show(operator.length_hint, NegHint())
show(operator.length_hint, [], 'a')
print(_operator._compare_digest(b'abc', b'abc'), _operator._compare_digest('ab', 'ac'), _operator._compare_digest(bytearray(b'x'), b'x'))
show(_operator._compare_digest, 'é', 'é')
show(_operator._compare_digest, 'a', b'a')
show(_operator._compare_digest, 1, 2)
print(operator.call(max, 1, 5, key=lambda v: -v))
show(operator.call)
show(operator.neg)
show(operator.add, 1)
show(operator.add, 1, b=2)
show(operator.setitem, 1, 2)
show(operator.length_hint, 1, 2, 3)
