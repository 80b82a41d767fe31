# lst.index/lst.remove/tuple.index/str.index/str.rindex misses are soft-raised by the builtin (no JS throw):
# caught, chained, through super(), map() and a generator, and uncaught with its traceback.
l = [1, 2, 3]
for f in (lambda: l.index(9), lambda: l.remove(9), lambda: (1, 2).index(5), lambda: 'abc'.index('z'), lambda: 'abc'.rindex('z'),
          lambda: list.index(l, 9), lambda: l.index(2, 2), lambda: 'abc'.index('c', 0, 2)):
    try:
        print(f())
    except ValueError as e:
        print('ValueError', e, e.__context__, e.__traceback__.tb_lineno)
class L(list):
    def index(self, x):
        try:
            return super().index(x)
        except ValueError:
            return -1
print(L([1]).index(7), list(map([1, 2].index, [2, 1])))
try:
    try:
        l.index(7)
    except ValueError as e:
        raise KeyError('k') from e
except KeyError as k:
    print(repr(k), repr(k.__cause__))
def g():
    yield [1].index(5)
try:
    next(g())
except ValueError as e:
    print('gen', e)
l.index(42)
