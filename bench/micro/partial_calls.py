# A functools.partial called 1e6 times in a loop, one positional argument bound, one given
# (bench/NOTES: native _functools, 2026-12-05). Prints a checksum last.
import sys
from functools import partial
n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000


def add(a, b):
    return a + b


def run():
    f = partial(add, 3)
    s = 0
    for i in range(n):
        s += f(i)
    return s


print(run())
