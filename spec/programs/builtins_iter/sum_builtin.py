# builtins: sum with start, floats (exact compensated sum), lists, errors for strs
print(sum([1, 2, 3]), sum([1, 2], 10), sum(range(5), start=-10), sum([]), sum([], 0.0))
print(sum([0.1] * 10), sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]), sum([1, 2.5]))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum([True, True, False]))
print(sum(x * x for x in range(10)), sum([2**62, 2**62, 2**62]))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(e)
try:
    sum([1, 'a'])
except TypeError as e:
    print(e)
