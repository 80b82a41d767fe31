# range() and int() calls with tagged small ints / exact floats take a fast path in the
# interpreter's CALL (interp/loop.ts callFromStack, objects/range.ts newRangeSmall); everything
# else goes through the type's constructor. Both must give the same objects and errors.
import sys


class MyInt(int):
    pass


class F(float):
    def __int__(self):
        return 99


class Idx:
    def __index__(self):
        return 4


def ranges():
    out = []
    for args in [(5,), (0,), (-3,), (2, 9), (9, 2), (2, 9, 3), (9, 2, -3), (-5, 5, 4), (5, -5, -4),
                 (0, 10, 100), (10, 0, 100), (-(2**30), 2**30 - 1), (-(2**30), 2**30 - 1, 7),
                 (2**30 - 1,), (-(2**30), -(2**30) + 1, -1)]:
        r = range(*args)
        out.append((len(r), list(r[:4]), list(r[-2:]), r.start, r.stop, r.step))
    return out


def direct():
    out = []
    for i in range(3):
        out.append(list(range(i)))
        out.append(list(range(i, 5)))
        out.append(list(range(10, i, -4)))
    out.append(range(2**31, 2**31 + 3)[2])
    out.append(len(range(-(2**30), 2**30)))
    out.append(range(True, 4))
    out.append(range(Idx()))
    out.append(range(MyInt(3)))
    out.append(range(0, 7) == range(0, 7, 1))
    out.append(hash(range(3)) == hash(range(0, 3)))
    return out


def ints():
    out = []
    for x in [0.0, -0.0, 0.5, -0.5, 2.9999, -2.9999, 1e9, -1e9, 2.0**30, -(2.0**30), 2.0**31, 1e15,
              -1e15, 2.0**53, 2.0**53 + 2, 1e20, -1e300, 12, -7, 2**30 - 1, -(2**30)]:
        v = int(x)
        out.append((v, type(v).__name__, v == x if x == x else None, hash(v) == hash(int(str(v)))))
    out.append(int(True))
    out.append(int(F(2.5)))
    out.append(type(int(MyInt(5))).__name__)
    out.append(int('17'))
    return out


print(ranges())
print(direct())
for _ in range(200):
    r = ints()
print(r)
for bad in [(0,), ()]:
    pass
for args in [(1, 2, 0), (1.5,), ('a',), (), (1, 2, 3, 4)]:
    try:
        range(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for x in [float('nan'), float('inf'), float('-inf')]:
    try:
        int(x)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    range(1, 2, step=1)
except TypeError as e:
    print('TypeError', e)
