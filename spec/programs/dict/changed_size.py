# dict: RuntimeError when the dict changes size during iteration; value changes are fine
d = {i: i for i in range(5)}
for k in d:
    d[k] = k * 10
print(d)
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError as e:
    print(e)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(e)
try:
    for k, v in d.items():
        d.pop(k)
except RuntimeError as e:
    print(e)
print(len(d))
