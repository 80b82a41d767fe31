# Builtin functions CPython declares positional-only refuse keyword arguments, with the name
# CPython's message shows (Argument Clinic's functions name their module).
import math
import cmath
import operator
import gc
import zlib
import time

calls = [
    lambda: math.sqrt(x=4.0),
    lambda: math.log(x=1.0),
    lambda: math.atan2(y=1.0, x=2.0),
    lambda: math.floor(x=1.5),
    lambda: math.gcd(4, b=6),
    lambda: cmath.sqrt(z=4),
    lambda: len(obj=[1]),
    lambda: abs(x=-1),
    lambda: divmod(7, y=2),
    lambda: isinstance(1, cls=int),
    lambda: operator.add(a=1, b=2),
    lambda: gc.isenabled(x=1),
    lambda: zlib.crc32(data=b"x"),
    lambda: time.time(x=1),
    lambda: time.monotonic(x=1),
]
for c in calls:
    try:
        c()
        print("accepted")
    except TypeError as e:
        print(e)

# keywords still work where CPython takes them
print(math.isclose(a=1.0, b=1.0), sorted([3, 1, 2], key=lambda v: -v), math.prod([2, 3], start=2))
print(round(number=2.5), pow(base=2, exp=5), int("7", base=10), max([1, 5], default=0))
