# math trigonometric and hyperbolic functions, atan2, hypot, dist, degrees/radians.
import math
for x in (0.0, 0.5, 1.0, -1.0, 2.0):
    print(x, math.sin(x), math.cos(x), math.tan(x), math.atan(x), math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x))
for x in (0.0, 0.5, -0.5, 1.0):
    print(x, math.asin(x), math.acos(x), math.atanh(x) if abs(x) < 1 else "-")
print(math.acosh(1), math.acosh(2), math.atan2(1, 1), math.atan2(-0.0, -1), math.atan2(0, -1), math.atan2(1, 0))
print(math.hypot(3, 4), math.hypot(), math.hypot(-5), math.hypot(1, 2, 2), math.hypot(1e200, 1e200), math.dist((0, 0), (3, 4)))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1), math.sin(math.pi), math.cos(math.pi / 2))
for f, x in [(math.asin, 2), (math.acos, -1.5), (math.acosh, 0.5), (math.atanh, 1), (math.sin, float("inf")), (math.cosh, 1000)]:
    try:
        print(f(x))
    except (ValueError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)
try:
    math.dist((1, 2), (1,))
except ValueError as e:
    print("ValueError:", e)
