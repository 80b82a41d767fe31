# Common builtins: min/max with key, zip strict, enumerate start, map/filter, any/all, divmod, round.
print(min([3, 1, 2]), max("abc", key=ord), min([], default=None), max(1, 5, 3))
print(list(zip("ab", [1, 2])), list(enumerate("xy", start=1)))
print(list(map(abs, [-1, 2, -3])), list(filter(None, [0, 1, "", "a"])))
print(any(x > 2 for x in [1, 3]), all([]), divmod(7, 2), round(3.14159, 2), abs(-7))
print(chr(65), ord("a"), hex(255), oct(8), bin(5), format(1234.5, ",.1f"), sum([1, 2], 10))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
