# tuple: unpacking, starred unpacking in every position, nested targets
a, b = 1, 2
a, b = b, a
print(a, b)
x, *y = range(5)
*p, q = 'abc'
m, *n, o = [1, 2]
(i, j), k = (1, 2), 3
first, *mid, last = (1, 2, 3, 4, 5)
print(x, y, p, q, m, n, o, i, j, k, first, mid, last)
for u, (v, w) in [(1, (2, 3)), (4, (5, 6))]:
    print(u, v, w)
print(*range(3), *'ab', sep='|')
print((*[1, 2], *(3,)), [*range(2), *{}.keys()])
