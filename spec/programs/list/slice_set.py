# list: slice assignment (grow, shrink, insert) and extended-slice assignment
a = list(range(8))
a[1:3] = ['a', 'b', 'c', 'd']
print(a)
a[2:6] = []
print(a)
a[3:3] = 'xy'
print(a)
b = list(range(10))
b[::2] = 'abcde'
print(b)
b[::-3] = [0, 0, 0, 0]
print(b)
c = [1, 2, 3]
c[:] = c
print(c)
c[1:] = c
print(c)
