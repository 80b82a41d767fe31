# An lru_cache'd fib(300), its cache cleared 3000 times, plus 1e6 hits on a bounded cache
# (bench/NOTES: native _functools, 2026-12-05). Prints a checksum last.
import sys
from functools import lru_cache
n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000


@lru_cache(maxsize=None)
def fib(k):
    return k if k < 2 else fib(k - 1) + fib(k - 2)


@lru_cache(maxsize=128)
def sq(x):
    return x * x


def run():
    s = 0
    for _ in range(n):
        fib.cache_clear()
        s += fib(300) % 1000
    for i in range(n * 300):
        s += sq(i & 127)
    return s


print(run())
