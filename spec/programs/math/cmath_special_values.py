# cmath: C99 Annex G special values (infinities, nans, signed zeros) of every function, and the
# ValueError CPython raises for some of them (exp(1+infj), cosh(infj), ...).
import cmath

INF = float('inf')
NAN = float('nan')
kinds = [-INF, -2.5, -0.0, 0.0, 2.5, INF, NAN]
names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log',
         'log10', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'rect']


def show(v):
    # a nan's sign is not specified, so it is not shown
    s = repr(v)
    return s.replace('-nan', 'nan')


for name in names:
    f = getattr(cmath, name)
    row = []
    for x in kinds:
        for y in kinds:
            if (abs(x) == 2.5 or abs(y) == 2.5) and x - x == 0 and y - y == 0:
                continue
            try:
                r = cmath.rect(x, y) if name == 'rect' else f(complex(x, y))
                row.append(show(r))
            except ValueError as e:
                row.append('ValueError')
    print(name, ' '.join(row))
for z in [complex(INF, NAN), complex(NAN, -INF), complex(-0.0, -0.0), complex(NAN, 0)]:
    print(show(cmath.polar(z)), show(cmath.phase(z)), cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
