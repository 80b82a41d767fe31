# Stress: threads share lru_cache'd functions (a bounded one that evicts all the time, an
# unbounded one, a typed one called with keywords) and call cache_info() meanwhile. As in CPython
# (C lru_cache under the GIL), each call's lookup-or-insert is atomic: at the end hits + misses
# equals the number of calls, no result is wrong, the unbounded cache holds every key once and
# the bounded one is exactly full; cache_info() read mid-run never shows more entries than
# maxsize. Usage: shared_lru_cache.py [calls per thread=3000].
import sys
import threading
from functools import lru_cache

per = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
THREADS = 4
MAXSIZE = 32
KEYS = 100


@lru_cache(maxsize=MAXSIZE)
def bounded(x):
    return x * x


@lru_cache(maxsize=None)
def unbounded(x, y):
    return (x, y)


@lru_cache(maxsize=64, typed=True)
def typed(x, *, scale=1):
    return x * scale


bad = [0] * THREADS
over = [0] * THREADS


def worker(k):
    n = 0
    for i in range(per):
        x = (i * 7 + k * 13) % KEYS
        if bounded(x) != x * x:
            n += 1
        if unbounded(x, x % 3) != (x, x % 3):
            n += 1
        if typed(x % 40, scale=2) != (x % 40) * 2:
            n += 1
        if i % 97 == 0 and bounded.cache_info().currsize > MAXSIZE:
            over[k] += 1
    bad[k] = n


threads = [threading.Thread(target=worker, args=(k,)) for k in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
calls = THREADS * per
b = bounded.cache_info()
u = unbounded.cache_info()
t = typed.cache_info()
print('bounded hits+misses == calls', b.hits + b.misses == calls, 'full', b.currsize == MAXSIZE)
print('unbounded hits+misses == calls', u.hits + u.misses == calls, 'every key once', u.currsize == KEYS)
print('typed hits+misses == calls', t.hits + t.misses == calls, 'size', t.currsize)
print('misses at least distinct keys', u.misses >= KEYS, t.misses >= 40)
# every cached entry is still reachable: calling each key again is a hit for the unbounded cache
before = unbounded.cache_info().hits
for x in range(KEYS):
    unbounded(x, x % 3)
print('all hits afterwards', unbounded.cache_info().hits - before == KEYS)
print('over maxsize', sum(over))
print('bad', sum(bad))
