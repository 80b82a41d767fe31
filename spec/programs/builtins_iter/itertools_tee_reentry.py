# itertools.tee: fetching from the shared iterator while another tee of the group is fetching
# (re-entrantly here) is CPython's RuntimeError, not a hang; type(t)(iterable) makes a new tee,
# type(t)(t) a copy.
from itertools import tee


class Reenter:
    first = True

    def __iter__(self):
        return self

    def __next__(self):
        if self.first:
            self.first = False
            return next(b)
        return 1


a, b = tee(Reenter())
try:
    next(a)
except RuntimeError as e:
    print('RuntimeError', e)
print(next(a), next(b))

x, y = tee(range(3))
T = type(x)
z = T('def')
print(list(z), list(T(x)), list(x), list(y))
try:
    T()
except TypeError as e:
    print('TypeError')
