# max/min with iterables, several arguments, key= and default=, ties keep the first.
words = ["pear", "fig", "banana", "kiwi", "date"]
print(max(words), min(words), max(words, key=len), min(words, key=len))
print(max(3, 9, 2), min(3, 9, 2), max([1.5, 2, -1]), min("hello"))
print(max([], default="empty"), min([], key=abs, default=None))
print(max([(1, "b"), (1, "a"), (0, "z")]), min(range(10), key=lambda n: (n - 4) ** 2))
print(max([-3, 3, 2], key=abs), min([-3, 3, 2], key=abs))
print(max({"x": 1, "y": 2}), max(iter([4, 8, 6])))
for bad in [lambda: max([]), lambda: min(), lambda: max(1, 2, default=0), lambda: max([1, "a"]), lambda: max(5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
