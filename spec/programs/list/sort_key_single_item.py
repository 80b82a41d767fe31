# sort()/sorted() call the key function even for a one-item list (and so its exceptions and side
# effects happen), as CPython's list.sort computes every key before sorting.
calls = []


def key(v):
    calls.append(v)
    return v


print(sorted([5], key=key), calls)
items = ['x']
items.sort(key=key)
print(items, calls)
try:
    sorted([1], key=lambda v: 1 / 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(sorted([], key=key), calls)
