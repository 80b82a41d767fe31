# inf, -inf, nan and -0.0: comparisons, arithmetic, identity in containers.
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / inf, 1 / inf, -1 / inf, nan + 1, nan * 0)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf == inf, inf > 10 ** 400, -inf < -(10 ** 400))
print(0.0 == -0.0, repr(-0.0 + 0.0), repr(-0.0 - 0.0), repr(-0.0 * 1), repr(0.0 * -1), repr(-0.0 / 1))
l = [nan]
print(nan in l, l == [nan], l.count(nan), float("nan") in l, max(1.0, nan), max(nan, 1.0), min(inf, -inf))
import math
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.copysign(1, -0.0), math.copysign(2.0, nan))
