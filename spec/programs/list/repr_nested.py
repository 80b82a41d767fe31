# list: repr of nested containers and recursive lists ([...])
a = [1, 'two', 3.0, None, (4,), {'k': [5]}, {6}, []]
print(a)
print(repr([[[]]]), str(['a\n']))
r = [1, 2]
r.append(r)
print(r)
d = {'self': None}
d['self'] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
