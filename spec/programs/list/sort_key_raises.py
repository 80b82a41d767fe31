# list: sort keeps the items when the key raises; modifying the list during sort is an error
l = [1, 2, 3]
def k(x):
    if x == 3:
        raise ValueError('boom')
    return -x
try:
    l.sort(key=k)
except ValueError as e:
    print(e, l)
l2 = [3, 2, 1]
def grow(x):
    l2.append(0)
    return x
try:
    l2.sort(key=grow)
except ValueError as e:
    print(e, l2)
big = [2**40, -3, 7, 0, -2**35]
big.sort()
print(big, sorted(big, reverse=True), sorted([2.5, 1, -3.5, True]))
