# sorted() with key and reverse (stable), sum() with start, floats and non-numbers.
people = [("ann", 31), ("bob", 25), ("cy", 31), ("dee", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted("Banana", key=str.lower), sorted({3: 0, 1: 0, 2: 0}), sorted([]))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2, 3]], []), sum(range(101), start=-5050))
print(sum([1.5, 2, True]), sum((x * x for x in range(4))), sum([], 0.0))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([3, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
