# Everyday exceptions soft-raised by their builtin or instruction (no JS throw): list.pop,
# set.remove/pop, deque.pop/popleft, dict.popitem, str index, float(s), int(s, base), an operator
# whose operands do not support it, an unpacking of the wrong length, hash() of a list, iter() of
# a non-iterable, heapq.heappop of an empty heap, and a subscript of what has no __getitem__. Each is caught (with
# its message, line and context), reached through other routes (unbound method, map(), super(),
# a generator, an in-place form), and the last one is uncaught with its traceback.
from collections import deque
import heapq

def show(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, repr(e.args), e.__context__, e.__traceback__.tb_next.tb_lineno - show.__code__.co_firstlineno)

cases = [
    lambda: [].pop(),
    lambda: [1, 2].pop(5),
    lambda: [1, 2].pop(-3),
    lambda: [1, 2].pop(-2),
    lambda: list.pop([]),
    lambda: set().remove(3),
    lambda: {1}.remove(frozenset()),
    lambda: {frozenset()}.remove(set()),
    lambda: set().pop(),
    lambda: deque().pop(),
    lambda: deque().popleft(),
    lambda: deque([7]).popleft(),
    lambda: {}.popitem(),
    lambda: 'abc'[3],
    lambda: 'abc'[-4],
    lambda: 'abc'[-3],
    lambda: ''[0],
    lambda: float('x'),
    lambda: float(' 1.5 '),
    lambda: float('1_0'),
    lambda: float('nan'),
    lambda: float(''),
    lambda: int('12a', 10),
    lambda: int('1f', 16),
    lambda: int('0x1f', 0),
    lambda: int('z', 36),
    lambda: int(' 12 ', 10),
    lambda: int('08', 0),
    lambda: int('1', 1),
    lambda: int('1', 37),
    lambda: int(5, 10),
    lambda: 1 + 'a',
    lambda: 'a' + 1,
    lambda: [1] * 1.5,
    lambda: None - None,
    lambda: 2 ** 'x',
    lambda: print >> 1,
    lambda: {} | [],
    lambda: hash([]),
    lambda: hash({}),
    lambda: hash(set()),
    lambda: hash(bytearray()),
    lambda: hash(frozenset()) == hash(frozenset()),
    lambda: hash((1, [])),
    lambda: iter(5),
    lambda: iter(None),
    lambda: iter(print),
    lambda: list(iter('ab')),
    lambda: heapq.heappop([]),
    lambda: heapq.heappop([3, 1]),
    lambda: heapq.heappop(()),
    lambda: None[0],
    lambda: (5)[0],
    lambda: print[1:2],
    lambda: object()['k'],
    lambda: list[int],
    lambda: int[0],
    lambda: type[0],
    lambda: type[int, str].__args__,
]
for c in cases:
    show(c)

def inplace():
    x = 1
    x += 'a'
show(inplace)
def inplace_pow():
    x = 1
    x **= 'a'
show(inplace_pow)

def unpack(seq):
    a, b = seq
    return a, b
for s in ([1], [1, 2, 3], (1,), 'abc', iter([1, 2, 3]), range(1), [4, 5]):
    show(lambda: unpack(s))

# in a loop, as programs do: a worklist drained by pop until IndexError
stack = list(range(5))
out = []
while True:
    try:
        out.append(stack.pop())
    except IndexError as e:
        out.append(str(e))
        break
print(out)
d = deque('ab')
got = []
for _ in range(4):
    try:
        got.append(d.popleft())
    except IndexError as e:
        got.append(e.args)
print(got)

# subclasses keep their own methods; super() reaches the builtin's soft miss
class L(list):
    def pop(self, *a):
        try:
            return super().pop(*a)
        except IndexError:
            return 'empty'
print(L().pop(), L([3]).pop())
class S(str):
    pass
class U:
    pass
class H(list):
    def __hash__(self):
        return 7
class G:
    def __getitem__(self, i):
        if i > 2: raise IndexError(i)
        return i
class M(type):
    def __getitem__(cls, k):
        return ('meta', k)
class W(metaclass=M):
    pass
print(hash(H()), list(iter(G())), W[3])
for bad in (lambda: U()[0], lambda: iter(U()), lambda: hash(type('L2', (list,), {})())):
    show(bad)
try:
    S('ab')[5]
except IndexError as e:
    print('S', e)
print(list(map(lambda q: q.pop() if q else None, [[1], []])))
try:
    list(map(list.pop, [[1], []]))
except IndexError as e:
    print('map', e)

# chaining: raised inside a handler, and `from`
try:
    try:
        {}.popitem()
    except KeyError as e:
        float('bad')
except ValueError as e:
    print(repr(e), repr(e.__context__))
try:
    try:
        'x'[1]
    except IndexError as e:
        raise RuntimeError('r') from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))

def gen():
    yield int('q', 16)
try:
    next(gen())
except ValueError as e:
    print('gen', e)

a, b = [1, 2, 3]
