# list: index with start/stop, count, and the 'is not in list' error
a = ['a', 'b', 'c', 'a', 'b', 'a']
print(a.index('a'), a.index('a', 1), a.index('a', 4), a.index('b', -3), a.index('a', 1, 4))
print(a.count('a'), a.count('z'), [1, 1.0, True].count(1))
try:
    a.index('c', 3)
except ValueError as e:
    print(e)
try:
    a.index('zz')
except ValueError as e:
    print(e)
