# dict: insertion order is kept; reassigning keeps position; delete + reinsert moves to end
d = {}
for k in ['z', 'a', 'm', 3, 1, 2]:
    d[k] = len(d)
print(d)
d['a'] = 'again'
print(list(d))
del d['z']
d['z'] = 'back'
print(d)
print(list(d.keys()), list(d.values()))
