# Set algebra on small ints (deterministic order when sorted).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a <= {1, 2, 3, 4, 5}, a.isdisjoint({9}), frozenset({1, 2}) == {2, 1})
a.discard(1)
a.add(10)
print(sorted(a), len(a), {x % 3 for x in range(10)} == {0, 1, 2})
