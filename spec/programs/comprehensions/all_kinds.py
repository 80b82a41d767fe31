# List, set, dict comprehensions and generator expressions, nested and filtered.
m = [[i * j for j in range(1, 4)] for i in range(1, 4)]
flat = [x for row in m for x in row if x % 2]
sq = {x * x for x in range(-3, 4)}
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(m, flat, sorted(sq), inv, sum(x for x in range(10) if x % 3 == 0))
