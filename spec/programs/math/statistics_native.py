# _statistics._normal_dist_inv_cdf (the native AS241 inverse normal CDF) in its three regions,
# to the last bit, and the C argument rules (statistics.py itself is CPython's, not in lib/).
import _statistics

f = _statistics._normal_dist_inv_cdf
print(f.__module__, f.__name__)
ps = [0.5, 0.3, 0.075, 0.925, 0.07, 0.93, 0.01, 0.99, 1e-10, 1 - 1e-10, 1e-12, 1e-300, 5e-324]
for p in ps:
    print(repr(p), repr(f(p, 0.0, 1.0)), repr(f(p, 10, 2.5)))
print(f(0.25, True, 3), f(0.25, 1, 3.0))
nan, inf = float('nan'), float('inf')
for args in [(0.0, 0, 1), (1.0, 0, 1), (-1, 0, 1), (0.5, 0, 0), (0.5, 0, -1), (nan, 0, 1),
             (0.5, 0, nan), (0.5, nan, 1), (0.5, 0, inf), (1e-300, 0, inf)]:
    try:
        print(args, f(*args))
    except ValueError as e:
        print(args, 'ValueError', e)
for args in [(0.5, 0), (0.5, 0, 1, 2), ('x', 0, 1), (0.5, None, 1)]:
    try:
        f(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    f(0.5, 0, sigma=1)
except TypeError as e:
    print('TypeError', e)
