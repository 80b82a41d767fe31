# builtins: iter(callable, sentinel), next with default, StopIteration from next()
it = iter([1, 2])
print(next(it), next(it), next(it, 'done'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)
vals = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(vals), 0)), list(vals))
n = 0
def counter():
    global n
    n += 1
    return n
print(list(iter(counter, 4)))
try:
    next([1])
except TypeError as e:
    print(e)
try:
    iter(5)
except TypeError as e:
    print(e)
