# builtins: map with several iterables (stops at shortest), filter with a function or None
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3, 4], [5, 2])), list(map(lambda *a: sum(a), [1], [2], [3])))
print(list(filter(None, [0, 1, '', 'x', [], [0], None])), list(filter(lambda x: x % 2, range(8))))
print(list(filter(str.isdigit, 'a1b22c')), list(map(str.upper, 'ab')))
m = map(int, '123')
print(next(m), list(m), list(m))
try:
    map(abs)
except TypeError as e:
    print(e)
try:
    list(map(abs, 5))
except TypeError as e:
    print(e)
