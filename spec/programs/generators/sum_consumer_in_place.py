# sum() of a generator takes its int items inside the generator's own loop (interp/gen_consume.ts):
# results, the order of side effects, exceptions and tracebacks, nested sums, the generator seen
# from inside (gi_running, its frame), resumes by next() from an __add__ in the middle, close()
# and throw() around it, PEP 479, settrace events, and any()/all()/tuple()/set()/list() of
# generators.
import sys
import os
import traceback


def gen(items, log=None):
    for x in items:
        if log is not None:
            log.append(x)
        yield x


print(sum(gen(range(100))))
print(sum(gen(range(100)), 1000))
print(sum(gen(range(100)), -5.5))
print(sum(gen(range(100)), 2 ** 80))
print(sum(gen([True, False, True, 3])))
print(sum(gen([2 ** 40, -2 ** 40, 2 ** 52, 2 ** 52, 2 ** 52, 7])))  # crosses 2^53 midway
print(sum(gen([-2 ** 52] * 5)))
print(sum(gen([1, 2, 2 ** 70, 3, 4])))
print(sum(gen([1, 2, 3.5, 4, 5])))
print(sum(gen([1.5, 2, 3])))
print(sum(gen([1, 2, 1 + 2j, 3])))
print(sum(gen([])), sum(gen([]), 7), sum(gen([]), 2.5))
print(sum(x for x in range(1000) if x % 3))
print(sum(1 for _ in range(77)))
print(sum(x * x for x in range(100000) if x & 1))  # medium ints
print(sum((x for x in range(10)), start=100))


class I(int):
    def __add__(self, o):
        return 'I.add'

    def __radd__(self, o):
        return 'I.radd'


print(sum(gen([1, 2, I(3), 4])) if False else sum(gen([1, 2, I(3)])))
# a generator that stops yielding ints, then yields them again
print(sum(gen([1, 2, 3.0, 4, 5, 6])))

# the order of side effects is kept
log = []
print(sum(gen(range(40), log)), log[:5], len(log))

# an exception raised midway: the partial sum is dropped, the traceback goes through sum()
def failing(n):
    for i in range(n):
        if i == 37:
            raise ValueError('at %d' % i)
        yield i


for consumer in (sum, tuple, set, list, any, all, sorted, max):
    try:
        consumer(failing(50)) if consumer not in (any, all) else consumer(x + 1 for x in failing(50))
    except ValueError as e:
        tb = traceback.extract_tb(e.__traceback__)
        print(consumer.__name__, e, [(f.name, f.line) for f in tb])

try:
    sum(1 // (x - 45) for x in range(50))
except ZeroDivisionError:
    # (the file's name only: the .exp must not depend on where the repository is)
    print(traceback.format_exc().replace(__file__, os.path.basename(__file__)), end='')

# PEP 479: a StopIteration inside the generator is a RuntimeError
def stopper():
    yield 1
    yield 2
    raise StopIteration('boom')


for consumer in (sum, tuple, set, list, any):
    try:
        consumer(stopper())
    except RuntimeError as e:
        print(consumer.__name__, type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)

try:
    sum(next(iter(())) for _ in range(3))
except RuntimeError as e:
    print('genexpr', e, repr(e.__cause__))

# nested sums: a sum() inside the generator another sum() consumes
def outer(n):
    for i in range(n):
        yield sum(j for j in range(i))
        yield i


print(sum(outer(60)))
print(sum(sum(y for y in range(x)) for x in range(70)))

# the generator seen from inside while sum() runs it
holder = []


def watched():
    g = holder[0]
    for i in range(50):
        if i in (0, 33, 49):
            print('running', g.gi_running, g.gi_frame is not None, g.gi_frame.f_code.co_name)
        yield i


w = watched()
holder.append(w)
print(sum(w), w.gi_running, w.gi_frame)

# an __add__ that resumes the very generator sum() is consuming
class Grab:
    def __init__(self, g):
        self.g = g

    def __radd__(self, other):
        got = [next(self.g) for _ in range(3)]
        print('radd', other, got)
        return other + sum(got)


def feeder():
    yield 1
    yield 2
    yield Grab(holder2[0])
    for i in range(10, 60):
        yield i


holder2 = []
fg = feeder()
holder2.append(fg)
print(sum(fg))

# the same generator resumed by next() before and after a sum()
g = gen(range(100))
print(next(g), next(g), sum(g), next(g, 'done'))

# send(), throw() and close() around a partly consumed generator
def echo():
    total = 0
    try:
        while True:
            x = yield total
            if x is None:
                x = 1
            total += x
    except GeneratorExit:
        print('closed at', total)
        raise
    except KeyError as e:
        print('thrown', e)
        yield 'after-throw'


e = echo()
print(next(e), e.send(10), e.send(5))
import itertools
print(sum(itertools.islice(e, 40)))
print(e.throw(KeyError('k')))
try:
    next(e)
except StopIteration:
    print('stopped')
e2 = echo()
next(e2)
print(sum(itertools.islice(e2, 35)))
e2.close()

# a generator with a try/finally consumed to the end, and one abandoned by an exception in sum
def fin(n):
    try:
        for i in range(n):
            yield i
    finally:
        print('finally', n)


print(sum(fin(40)))
fg50 = fin(50)
try:
    sum(x if x != 30 else 'str' for x in fg50)
except TypeError as e:
    print('TypeError', e)
fg50.close()

# any()/all() of generators
print(any(x > 45 for x in range(50)), all(x < 45 for x in range(50)), any(gen([])), all(gen([])))
print(any(gen([0, 0, [], None, 3])), all(gen([1, True, 'x', 0])))
print(tuple(gen(range(5))), sorted(set(gen([3, 1, 2, 3]))), list(x for x in 'abc'))
print(iter(w) is w, iter(gen([])) is not None)

# yield from chains consumed by sum
def tree(depth, label):
    if depth == 0:
        yield label
        return
    yield from tree(depth - 1, label * 2)
    yield label
    yield from tree(depth - 1, label * 2 + 1)


print(sum(tree(8, 1)), sum(tree(3, 2 ** 60)))

# tracing while a generator is summed: the events of the generator's frame
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ('small', '<genexpr>'):
        events.append((frame.f_code.co_name, event, frame.f_lineno - small.__code__.co_firstlineno if frame.f_code.co_name == 'small' else None, arg if event == 'return' else None))
    return tracer


def small():
    yield 1
    yield 2
    yield 3


sys.settrace(tracer)
r = sum(small())
r2 = sum(x for x in (4, 5))
sys.settrace(None)
print(r, r2)
for ev in events:
    print(ev)
print(sum(small()))

# any()/all() of long generators of bools, deciding late, early, or never; nested inside sum()
print(any(x > 990 for x in range(1000)), any(x > 2000 for x in range(1000)), any(x == 0 for x in range(1000)))
print(all(x < 990 for x in range(1000)), all(x < 2000 for x in range(1000)), all(x != 0 for x in range(1000)))
print(any(gen([False] * 100 + [0, None, 1])), all(gen([True] * 100 + [1, 'a', ''])))
print(sum(any(y > x for y in range(50)) for x in range(60)), sum(all(y < x for y in range(50)) for x in range(60)))
lg = []
print(any(gen([False] * 50 + [True] + [False] * 5, lg)), len(lg))
def bad_bool():
    for i in range(40):
        yield False
    yield 1 / 0
try:
    any(bad_bool())
except ZeroDivisionError as e:
    print('any', e)
class B:
    def __bool__(self):
        print('bool called')
        return True
print(all(gen([True] * 40 + [B(), True])), any(gen([False] * 40 + [B()])))
