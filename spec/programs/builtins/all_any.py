# all() and any() short-circuit, accept any iterable and return bools.
def noisy(values):
    for v in values:
        print("  yield", v)
        yield v

print(all([]), any([]), all([1, 2, 3]), any([0, "", None]))
print(all(noisy([1, 0, 2])))
print(any(noisy([0, 3, 4])))
print(all(x > 0 for x in range(1, 5)), any(c.isdigit() for c in "abc1"))
print(all("abc"), any({}), any({0: 1}), all({0: 1}))
print(type(any([5])).__name__, any([[], 7]))
try:
    all(5)
except TypeError as e:
    print("TypeError:", e)
