# dict: comprehensions (with conditions, nested), fromkeys (shared value), dict(zip())
sq = {x: x * x for x in range(6) if x % 2}
print(sq)
grid = {(i, j): i * j for i in range(3) for j in range(i)}
print(grid)
inv = {v: k for k, v in {'a': 1, 'b': 2, 'c': 1}.items()}
print(inv)
f = dict.fromkeys('abc')
g = dict.fromkeys([1, 2], [])
g[1].append('shared')
print(f, g)
print(dict(zip(['x', 'y', 'z'], (1, 2))))
