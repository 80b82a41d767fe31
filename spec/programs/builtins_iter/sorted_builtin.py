# builtins: sorted of any iterable, key and reverse, stability, returns a new list
data = {'b': 2, 'a': 3, 'c': 1}
print(sorted(data), sorted(data.items(), key=lambda kv: kv[1]), sorted('hello', reverse=True))
print(sorted((x % 3, x) for x in range(7)), sorted([3, 1, 2], key=lambda x: -x))
recs = [('bob', 2), ('al', 1), ('cy', 2), ('di', 1)]
print(sorted(recs, key=lambda r: r[1]), sorted(recs, key=lambda r: r[1], reverse=True))
a = [2, 1]
b = sorted(a)
print(a, b, a is b, sorted([]), sorted([1.5, 1, True, -0.0]))
try:
    sorted([1], [2])
except TypeError as e:
    print(e)
