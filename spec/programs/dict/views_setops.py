# dict: keys/items views support set operations and comparisons with sets
a = {1: 'a', 2: 'b', 3: 'c'}
b = {2: 'x', 3: 'c', 4: 'd'}
print(sorted(a.keys() & b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()), sorted(a.keys() ^ b.keys()))
print(sorted(a.items() & b.items()), sorted(a.items() - b.items()))
print(a.keys() & {1, 9}, a.keys() == {1, 2, 3}, a.keys() == {1}, {3, 2, 1} == a.keys())
print(a.keys().isdisjoint([7, 8]), a.keys().isdisjoint([3]), (2, 'b') in a.items(), (2, 'z') in a.items())
print(a.keys() - [1], [1, 2] - a.keys() if False else '')
try:
    a.values() & b.values()
except TypeError as e:
    print(e)
