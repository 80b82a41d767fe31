# list: slicing with positive, negative and out-of-range bounds and steps
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[100:], a[-100:2])
print(a[::2], a[1::3], a[::-1], a[8:2:-2], a[-1:-4:-1], a[2:8:-1])
print(a[::100], a[5:5], a[slice(1, 4)], a[slice(None, None, -3)])
try:
    a[::0]
except ValueError as e:
    print(e)
