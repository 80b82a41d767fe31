# dict: KeyError messages and repr for str, int, tuple and missing keys
d = {}
for k in ('name', 42, (1, 2), '', None):
    try:
        d[k]
    except KeyError as e:
        print(repr(e), str(e), e.args)
try:
    del d['x']
except KeyError as e:
    print('del', e)
try:
    {}[[1]]
except TypeError as e:
    print(e)
