# complex ** : small integer exponents by repeated multiplication, the polar form otherwise, and
# CPython 3.11's errors: ZeroDivisionError for 0 to a negative/complex power (also for an
# infinite phase), OverflowError for any infinite part (even from infinite operands).
INF = float('inf')
NAN = float('nan')
bases = [0j, complex(-0.0, 0.0), 1j, 2 + 3j, complex(INF, 0), complex(0, INF), complex(NAN, 1), 1e300 + 1e300j, -2 + 0j]
exps = [0, 1, 2, -1, -2, 0.5, 1j, -0.0, 3 + 0j, 101, -101, 1e300, 2.5 + 1j]
for a in bases:
    row = []
    for b in exps:
        try:
            row.append(repr(a ** b))
        except (ZeroDivisionError, OverflowError) as e:
            row.append(type(e).__name__)
    print(repr(a), ' '.join(row))
for args in [(1j, 2, 3), (2, 1j, 3), (2, 3, 1j), (1.5, 1j, 2), (1j, 'x', 3)]:
    try:
        print(pow(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(abs(3 + 4j), abs(3.1 + 4.7j), abs(1e-320 + 1e-320j), abs(complex(NAN, INF)))
try:
    abs(1.5e308 + 1.5e308j)
except OverflowError as e:
    print('OverflowError', e)
for s in ['1_000+2_0j', '1__0j', '1_j', '(1+2j', '1+2j\x00']:
    try:
        print(complex(s))
    except ValueError as e:
        print('ValueError', e)
