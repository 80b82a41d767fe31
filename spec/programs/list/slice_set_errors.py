# list: errors of slice assignment (extended slice size mismatch, non-iterable)
a = list(range(10))
try:
    a[::2] = [1, 2]
except ValueError as e:
    print(e)
try:
    a[::-1] = []
except ValueError as e:
    print(e)
try:
    a[1:2] = 5
except TypeError as e:
    print(e)
try:
    a['x'] = 1
except TypeError as e:
    print(e)
try:
    a[20] = 1
except IndexError as e:
    print(e)
print(a)
