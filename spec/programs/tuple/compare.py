# tuple: comparisons are lexicographic, shorter prefix is smaller, mixed types error
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 5), (1, 2) == (1, 2))
print((1, 'a') < (2, 0), (1, 2) <= (1, 2), (1, 2) != (1, 2.0), max([(1, 'b'), (1, 'a'), (0, 'z')]))
try:
    (1, 'a') < (1, 2)
except TypeError as e:
    print(e)
print(sorted([(2, 1), (1, 2), (1, 1), (2, 0)]))
