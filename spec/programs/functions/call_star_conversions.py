# f(*x) with x not a tuple: tuple subclasses with __iter__, ranges, iterators, dicts, old-style sequences, errors raised while iterating
class T(tuple):
    def __iter__(self):
        yield 'x'
def f(*a, **k): return a, k
print(f(*T((1, 2))), f(*range(3)), f(*iter([4])), f(*{'a': 1}), f(*'ab', **{'z': 1}))
class Seq:
    def __getitem__(self, i):
        if i < 3: return i * 10
        raise IndexError
print(f(*Seq()))
class Bad:
    def __iter__(self): raise ValueError('boom')
try: f(*Bad())
except ValueError as e: print('VE', e)
class NotIt:
    __iter__ = None
try: f(*NotIt())
except TypeError as e: print(e)
print(max(*[3, 9, 2]), list(map(str, *[[1, 2]])))
