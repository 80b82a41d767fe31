# list.sort raises "list modified during sort" for any change made while sorting, even one
# undone before the sort ends (append then pop), and a key function emptying the list.
from functools import cmp_to_key

L = [1, 2]


def mutating_cmp(x, y):
    L.append(3)
    L.pop()
    return (x > y) - (x < y)


try:
    L.sort(key=cmp_to_key(mutating_cmp))
except ValueError as e:
    print('ValueError', e, L)

data = list(range(10))


def clearing_key(x):
    del data[:]
    return x


try:
    data.sort(key=clearing_key)
except ValueError as e:
    print('ValueError', e, data)
M = [3, 1, 2]
M.sort(key=lambda x: -x)
print(M)
