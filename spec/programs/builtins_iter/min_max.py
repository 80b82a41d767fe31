# builtins: min/max with key, default, several arguments, ties (first wins), errors
print(min(3, 1, 2), max([3, 1, 2]), min('bca'), max((1, 5), (1, 7)), max([], default='empty'))
print(min(['aa', 'b', 'ccc'], key=len), max(['aa', 'b', 'cc'], key=len), min([(1, 'x'), (1, 'a')], key=lambda t: t[0]))
print(max([1, 2], [1, 3]), min({'b': 1, 'a': 2}), max(range(10), key=lambda x: x % 4), min(x * x for x in [-3, 2]))
for f in (lambda: min([]), lambda: max(), lambda: min(1), lambda: max([1, 'a']), lambda: min(1, 2, default=0)):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
