# dict: iteration over keys/values/items, len, in, copy independence, clear
d = {'one': 1, 'two': 2, 'three': 3}
for k, v in d.items():
    print(k, v)
print(sum(d.values()), max(d, key=d.get), sorted(d, key=len))
c = d.copy()
c['four'] = 4
d.clear()
print(d, len(c), 'four' in c, 'one' not in d)
print(list(enumerate(c)))
