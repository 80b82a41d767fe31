# len() and __len__() of a range are exact up to sys.maxsize (past 2**53 too), then OverflowError.
import sys
for r in (range(sys.maxsize), range(2**53 + 3), range(-2**62, 2**62, 3), range(sys.maxsize, 0, -1), range(0)):
    print(len(r), r.__len__(), len(r) == r.__len__())
for r in (range(2**64), range(-sys.maxsize - 2, 0)):
    for f in (len, lambda x: x.__len__()):
        try:
            print(f(r))
        except OverflowError as e:
            print(e)
print([].__len__(), 'abc'.__len__(), {1: 2}.__len__())
