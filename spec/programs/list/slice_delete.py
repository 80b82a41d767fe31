# list: del with index, slice and extended slice
a = list(range(12))
del a[0]
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::3]
print(a)
del a[::-2]
print(a)
del a[:]
print(a)
try:
    del a[0]
except IndexError as e:
    print(e)
