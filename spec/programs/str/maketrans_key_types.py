# str.maketrans(dict): keys must be strs of length 1 or ints (CPython's TypeError otherwise).
print(str.maketrans({1: 'a', True: 'b', 'c': None}))
for bad in ({(1,): 2}, {1.5: 'x'}, {None: 'x'}):
    try:
        str.maketrans(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    str.maketrans({'ab': 2})
except ValueError as e:
    print('ValueError', e)
