# sum() of exact lists and tuples reads its leading run of tagged ints from the items vector in
# chunks (vm/builtins/sum_ints_run.ts); what follows the run (floats, big ints, overflow past
# 2**53, objects with __add__, subclasses with __iter__) goes on through the general loop.
import sys
print(sum([1, 2, 3]), sum((1, 2, 3)), sum([]), sum(()), sum([1, 2.5, 3]), sum([1, 2, 2**62, 2**62, -5]))
print(sum([2**30 - 1] * 10), sum([-2**30] * 7), sum([1, True, False, 3]), sum([1, 2], 10), sum([1, 2], 0.5))
print(sum(list(range(100000))), sum(tuple(range(-5000, 7000))), sum(range(10)), sum([1] * 9000 + [0.25] + [2] * 9000))
print(sum([2**52] * 4), sum([2**53 - 1, 1, 1]), sum([-2**53, -1, -1]), sum([9007199254740991, 9007199254740991]))
class A(int):
    def __add__(self, o):
        return 'A+'
print(sum([1, 2, A(3), 4], 0) if False else sum([A(3)], 1))
class L(list):
    def __iter__(self):
        return iter([100])
print(sum(L([1, 2, 3])), sum([1, 2, 3], start=4))
try:
    sum([1, 2, 'x'])
except TypeError as e:
    print(e)
big = list(range(300000)) + [2**70] + list(range(10000))
print(sum(big))
