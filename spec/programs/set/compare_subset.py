# set: comparisons are subset tests; set == frozenset; no total order
a, b = {1, 2}, {1, 2, 3}
print(a < b, a <= b, b > a, a > b, a <= a, a < a, a == frozenset([2, 1]), a != b)
print({1, 2} < {3}, {3} < {1, 2}, sorted([{1}, {2}]) if False else 'ok')
print({1} == [1], frozenset() == set())
