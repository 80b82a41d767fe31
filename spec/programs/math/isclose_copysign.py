# math.isclose tolerances and math.copysign with zeros, infs and nans.
import math
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.0001), math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.isclose(100, 101, rel_tol=0.01), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan), math.isclose(math.inf, 1e308))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print("ValueError:", e)
print(math.copysign(3, -0.0), math.copysign(-3, 0.0), math.copysign(math.inf, -1), math.copysign(1, -math.nan), math.copysign(0.0, -2))
