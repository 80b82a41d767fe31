# comprehensions: nested for clauses, several ifs, conditional expressions, nested comprehensions
print([(i, j) for i in range(4) for j in range(i) if (i + j) % 2 if j > 0])
print([x if x % 2 else -x for x in range(6)])
print([[i * j for j in range(3)] for i in range(3)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix], [list(col) for col in zip(*matrix)])
print([y for x in [[1, [2]], [3]] for y in x if not isinstance(y, list)])
print({k: [v for v in range(k)] for k in range(4)})
