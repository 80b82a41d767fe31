# dict: views are live — they see later insertions and deletions; repr of views
d = {'a': 1}
k, v, i = d.keys(), d.values(), d.items()
d['b'] = 2
print(k, v, i, len(k))
del d['a']
print(list(k), list(v), list(i), 'a' in k, 2 in v)
print(list(reversed(d.keys())), list(reversed({1: 2, 3: 4}.items())))
print(type(k).__name__, type(v).__name__, type(i).__name__)
