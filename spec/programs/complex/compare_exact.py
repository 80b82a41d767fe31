# complex == int compares exactly (as float == int), not through a rounded float; a strict
# complex subclass returned by __complex__ is accepted with a DeprecationWarning.
import warnings

n = 2 ** 53
for d in [0, 1, 2, 3]:
    print(d, complex(n + d) == n + d, complex(n + d, 0) != n + d, complex(n + d, 1.0) == n + d)
print(1 + 1j == 1 << 10000, complex(2.0 ** 1000) == 2 ** 1000, complex.__eq__(1 + 1j, None))
print(1j == 1j, 1 + 0j == 1.0, 1 + 0j == True, complex(float('nan')) == complex(float('nan')))


class Sub(complex):
    def __new__(cls, value=0j):
        return complex.__new__(cls, 2 * value)

    def __complex__(self):
        return self


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(complex(Sub(1j)))
    print([(x.category.__name__, str(x.message)) for x in w])
