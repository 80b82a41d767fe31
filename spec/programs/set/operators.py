# set: | & - ^ and their in-place forms, with ints (CPython's iteration order)
a = {1, 2, 3, 4, 100}
b = {3, 4, 5, 6, 36}
print(a | b, a & b, a - b, b - a, a ^ b)
c = set(a)
c |= {7}
c &= {1, 2, 7, 9}
print(c)
c -= {1}
c ^= {2, 3}
print(c)
print({1, 2} | frozenset([3]), frozenset([3]) | {1, 2})
try:
    {1} | [2]
except TypeError as e:
    print(e)
