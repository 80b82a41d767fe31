# len() of a __len__ past 2**31 and 2**53 is exact up to sys.maxsize (Py_ssize_t), then
# OverflowError; negative and non-int results are errors, as in CPython.
import sys


class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


for n in (2**31 - 1, 2**31, 2**53 - 1, 2**53, 2**53 + 1, 2**60 + 3, sys.maxsize):
    v = len(L(n))
    print(v, v == n, type(v).__name__)
print(bool(L(2**62)), bool(L(0)))
for bad in (sys.maxsize + 1, 2**100, -1, -2**70, 1.5, '3'):
    try:
        print(len(L(bad)))
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)


class B(int):
    pass


v = len(L(B(2**55)))
print(v, type(v).__name__)
v = len(L(B(7)))
print(v, type(v).__name__)
print(len(range(2**62)), len(range(0, 2**63 - 1, 3)))
