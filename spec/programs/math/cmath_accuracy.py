# cmath: values where naive formulas lose accuracy or overflow (|z| near 1, huge and subnormal
# arguments, exp/cosh near the overflow threshold), shown to 12 significant digits.
import cmath


def show(z):
    return f'{z.real:.12g} {z.imag:.12g}'


args = [
    complex(1e-320, 1e-320), complex(5e-324, 0), complex(1e308, 1e308), complex(-1e308, 1e-308),
    complex(1, 1e-10), complex(0.8, 0.6), complex(1 + 1e-12, 0), complex(0.5, 0.5),
    complex(-1e-300, 1e300), complex(3, -4), complex(1e-8, 1e-8),
]
for name in ['sqrt', 'log', 'log10', 'acos', 'asin', 'atan', 'acosh', 'asinh', 'atanh']:
    f = getattr(cmath, name)
    print(name, ' | '.join(show(f(z)) for z in args))
for z in [complex(709.5, 1), complex(-709.5, 1), complex(710.2, 0.5), complex(30, 2), complex(-400, 1), complex(0.5, 400)]:
    row = []
    for name in ['exp', 'cosh', 'sinh', 'tanh', 'cos', 'sin', 'tan']:
        try:
            row.append(show(getattr(cmath, name)(z)))
        except OverflowError:
            row.append('OverflowError')
    print(z, ' | '.join(row))
print(show(cmath.rect(2, 0.5)), show(cmath.rect(3, -0.0)), cmath.polar(3 + 4j), cmath.phase(-1 - 0j))
