# sum() of exact lists and tuples (read by index since 2026-12-07) next to every other iterable:
# ints past 2^53, floats, mixed, start values, subclasses with their own __iter__, objects whose
# __add__/__radd__ change the list being summed, and errors.
class L(list):
    def __iter__(self):
        return iter([100, 200])


class Grow:
    def __init__(self, target): self.target = target
    def __radd__(self, other):
        if len(self.target) < 12:
            self.target.append(1)
        return other + 10


print(sum([1, 2, 3]), sum((1, 2, 3)), sum([]), sum(()), sum([], 5), sum((), 2.5))
print(sum([2**52, 2**52, 2**52]), sum([2**53, 1, -1]), sum([-2**60, 2**60, 7]), sum(range(10**5)))
print(sum([0.1] * 10), sum([1, 2.5, 3]), sum([1.5, 2, 2**70]), sum((1, 2), 0.5), sum([True, True, 3]))
print(sum(L([1, 2, 3])), sum(x for x in [1, 2, 3]), sum({1: 0, 2: 0}), sum({4, 5}))
print(sum([[1], [2, 3]], []), sum(([1], (2,)) and ([1], [2]), []), sum([1 + 2j, 3]))
lst = [1, 2]
lst.append(Grow(lst))
print(sum(lst), len(lst), lst[3:])
tup = (1, 2, 3)
print(sum(tup, 10), sum(tup, start=-6))
for bad in ([1, "a"], ("x", "y"), [[1], 2], [None]):
    try:
        print(sum(bad))
    except TypeError as e:
        print("TypeError", e)
for args in ((["a"], ""), ([b"a"], b""), ([1], bytearray())):
    try:
        print(sum(*args))
    except TypeError as e:
        print("TypeError", e)
big = list(range(200000))
print(sum(big), sum(tuple(big)), sum(big[::-1], 0.0))
