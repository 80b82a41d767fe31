# A comprehension's function is called as CPython 3.11 calls it ([function, iterator] and
# CALL 0, no NULL): results, scopes, tracebacks, generator close/throw, PEP 479.
import sys, traceback
print([x * 2 for x in range(3)], {x % 2 for x in range(5)}, {k: k * k for k in (1, 2)})
g = (x + 1 for x in [1, 2, 3])
print(type(g).__name__, g.__name__, g.__qualname__, next(g), list(g))
# the first iterator is evaluated in the enclosing scope, the rest inside
def outer():
    y = 10
    return [a + b + y for a in range(2) for b in range(a, 3)]
print(outer())
class C:
    v = [1, 2]
    w = [x * 2 for x in v]
print(C.w)
# nested comprehensions and a genexpr passed to builtins
print(sum(x for x in range(10) if x & 1), max((y for y in 'abc'), key=ord), sorted({c for c in 'hello'}))
print([[i * j for j in range(3)] for i in range(3)])
# an error in the first iterator is raised before the function runs
try:
    [x for x in None]
except TypeError as e:
    print('TypeError', e)
# a traceback through the comprehension
def bad():
    return [1 // (x - 2) for x in range(5)]
try:
    bad()
except ZeroDivisionError:
    print([(f.name, f.line) for f in traceback.extract_tb(sys.exc_info()[2])])
# genexpr close() and throw()
g = (x for x in range(10))
print(next(g), next(g))
g.close()
print(list(g), g.gi_frame)
g = (x for x in range(10))
print(next(g))
try:
    g.throw(ValueError('boom'))
except ValueError as e:
    print('ValueError', e, g.gi_frame)
g = (x for x in range(3))
try:
    g.throw(KeyError)
except KeyError:
    print('KeyError before start', list(g))
# PEP 479: StopIteration raised inside a genexpr becomes RuntimeError
def stop():
    raise StopIteration('inner')
g = (stop() for _ in range(2))
try:
    next(g)
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__, e.__cause__)
try:
    list(stop() for _ in range(2))
except RuntimeError as e:
    print('RuntimeError', e)
# ... but a list comprehension lets it through (not a generator)
try:
    [stop() for _ in range(2)]
except StopIteration as e:
    print('StopIteration', e)
# next() on an exhausted iterator inside a genexpr
it = iter([1])
try:
    print(list(next(it) for _ in range(3)))
except RuntimeError as e:
    print('RuntimeError', e)
# a closure cell read by the comprehension
def cells():
    k = 3
    fs = [lambda: k * i for i in range(3)]
    return [f() for f in fs]
print(cells())
# async comprehensions take the same call
import asyncio
async def agen():
    for i in range(3):
        yield i
async def amain():
    return [x async for x in agen()], {x: 1 async for x in agen()}, [await asyncio.sleep(0, x) for x in range(2)]
print(asyncio.run(amain()))
