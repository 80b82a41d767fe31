# UNARY_NEGATIVE at one hot site (interp/float_binop.ts `negative`: an exact float negated without
# its slot, anything else through the slot): signed zeros, nan's sign, inf, ints at the tagged
# edge, bools, big ints, complex, float and int subclasses with and without __neg__, a user
# class, and the TypeError of a type without __neg__, each after the site ran hundreds of times.
import math


class F(float):
    pass


class FN(float):
    def __neg__(self):
        return 'FN.neg'


class I(int):
    pass


class U:
    def __neg__(self):
        return ('U.neg', self.__class__.__name__)


def neg(v):
    return -v


def show(v):
    r = neg(v)
    if isinstance(r, float):
        print(type(r).__name__, repr(r), math.copysign(1.0, r))
    else:
        print(type(r).__name__, repr(r))


total = 0.0
for i in range(600):
    total += neg(i * 0.5)
print(total)
for v in [0.0, -0.0, 1.5, -2.25, 5e-324, 1.7976931348623157e308, float('inf'), float('-inf'),
          float('nan'), -float('nan'), 2 ** 30 - 1, -(2 ** 30), -(2 ** 30) + 1, 2 ** 31, -(2 ** 62),
          10 ** 30, True, False, 3 + 4j, -0.0j, F(2.5), F(-0.0), FN(1.0), I(7), U()]:
    show(v)
for bad in ['s', None, [1], (1,), {}]:
    try:
        neg(bad)
    except TypeError as e:
        print('TypeError', e)
# the result is a new object each time, never the operand
x = 1.5
print(neg(neg(x)) == x, neg(neg(x)) is x)
