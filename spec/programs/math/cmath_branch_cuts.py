# cmath: the sign of a zero picks the side of a branch cut (sqrt/log on the negative real axis,
# acos/asin/atanh beyond +-1, acosh below 1, asinh/atan beyond +-1j), values to 12 digits.
import cmath


def show(z):
    return f'{z.real:+.12f} {z.imag:+.12f}'


cases = [
    ('sqrt', [-4, -0.0]), ('log', [-1, -2.5]), ('log10', [-100]),
    ('acos', [2, -3]), ('asin', [2, -3]), ('atanh', [2, -1.5]), ('acosh', [0.5, -2]),
]
for name, xs in cases:
    f = getattr(cmath, name)
    for x in xs:
        print(name, x, show(f(complex(x, 0.0))), show(f(complex(x, -0.0))))
for name in ['asinh', 'atan']:
    f = getattr(cmath, name)
    for y in [2, -3]:
        print(name, y, show(f(complex(0.0, y))), show(f(complex(-0.0, y))))
for z in [0j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0)]:
    print(repr(z), cmath.phase(z), show(cmath.sqrt(z)), show(cmath.atan(z)), show(cmath.atanh(z)), show(cmath.tanh(z)), show(cmath.asinh(z)))
