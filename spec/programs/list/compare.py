# list: lexicographic comparisons, equality across int/float, list vs tuple
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9])
print([1, 2] == [1.0, 2.0], [1, 2] != [1, 2], [1, [2]] == [1, [2]])
print([1, 2] == (1, 2), [1, 2] <= [1, 2], [3] >= [2, 9])
try:
    [1] < (1,)
except TypeError as e:
    print(e)
try:
    [1, 'a'] < [1, 2]
except TypeError as e:
    print(e)
nan = float('nan')
l = [nan]
print(l == l, [nan] == [nan])
