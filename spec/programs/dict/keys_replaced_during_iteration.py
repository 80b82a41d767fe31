# Deleting and re-adding a key while iterating a dict keeps its size but is still an error.
for view in (lambda d: d, lambda d: d.values(), lambda d: d.items()):
    d = {0: 0}
    try:
        for i in view(d):
            del d[0]
            d[0] = 0
        print("no error")
    except RuntimeError as e:
        print("RuntimeError:", e)
d = {1: 1, 2: 2, 3: 3}
it = iter(d)
print(it.__length_hint__())
next(it)
print(it.__length_hint__())
d[4] = 4
print(it.__length_hint__())
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
