# comprehensions: generator expressions consumed by builtins, lazily, once
gen = (x * x for x in range(5))
print(sum(gen), sum(gen))
print(max(len(w) for w in 'a bb ccc'.split()), sorted(c for c in 'cab'), tuple(i for i in 'xy'))
print(''.join(str(d) for d in range(5)), dict((k, k * 2) for k in 'ab'), set(x % 3 for x in range(9)))
def src():
    for i in range(3):
        print('produce', i)
        yield i
g = (v + 100 for v in src())
print('created')
print(next(g))
print(list(g))
print(any(v > 1 for v in src()))
try:
    (1 / v for v in [1, 0])
    list(1 / v for v in [1, 0])
except ZeroDivisionError as e:
    print(e)
