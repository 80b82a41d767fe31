# math functions reject bad types and arguments with CPython's messages.
import math
for c in ["math.sqrt('x')", "math.sqrt()", "math.sqrt(1, 2)", "math.floor()", "math.log()", "math.pow(1)",
          "math.sqrt(10 ** 400)", "math.exp(10 ** 400)", "math.isqrt('1')",
          "math.gcd(1, 2.0)", "math.hypot('a')", "math.atan2(1)", "math.copysign(1)", "math.ldexp('a', 1)",
          "math.sin(None)", "math.fsum(1)", "math.prod(1)", "math.isclose(1)", "math.isnan('x')"]:
    try:
        print(eval(c))
    except (ValueError, OverflowError, TypeError) as e:
        print(c, "->", type(e).__name__, e)
