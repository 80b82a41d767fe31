# zip (strict), map with several iterables, filter with None, enumerate with start, reversed.
print(list(zip("abc", [1, 2, 3], (True, False, None))))
print(list(zip("abcd", range(2))), list(zip()))
try:
    list(zip("ab", "abc", strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(pow, [2, 3, 4], [5, 2, 1])), list(map(str.upper, "hi")))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(str.isalpha, "a1b2")))
print(list(enumerate("xyz", start=10)), list(reversed([1, 2, 3])), list(reversed(range(5))))
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m), list(m))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError
        return self.n - i
print(list(reversed(Countdown(3))), list(Countdown(3)))
