# List slicing (with steps and assignment) and mutating methods.
xs = list(range(10))
print(xs[2:8:2], xs[::-1], xs[-3:], xs[:-7])
xs[1:4] = ["a", "b"]
del xs[::3]
print(xs)
ys = [3, 1, 4, 1, 5]
ys.insert(2, 9)
ys.remove(1)
print(ys, ys.pop(), ys.index(4), ys.count(1), ys * 2, [0] + ys)
