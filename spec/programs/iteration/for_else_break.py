# iteration: for/else with break and continue over lists, dicts and ranges
for i in range(5):
    if i == 3:
        break
else:
    print('no break')
print('broke at', i)
for k in {'a': 1, 'b': 2}:
    if k == 'z':
        break
else:
    print('else ran')
out = []
for x in [1, 2, 3, 4, 5, 6]:
    if x % 2:
        continue
    out.append(x)
print(out)
for _ in []:
    pass
else:
    print('empty else')
