# list: sorting mixed types raises TypeError; the list keeps its items
a = [3, 'x', 1]
try:
    a.sort()
except TypeError as e:
    print(e)
print(sorted(a, key=str))
try:
    sorted([1, None])
except TypeError as e:
    print(e)
try:
    [1, 2].sort(lambda x: x)
except TypeError as e:
    print(e)
