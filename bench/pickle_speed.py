# pickle dumps/loads speed for a few shapes of data: prints the best of 3 runs of each, in
# milliseconds. The same file runs under CPython (`python3 bench/pickle_speed.py`, its C
# pickler) and pystm (`bin/pystm bench/pickle_speed.py`); an argument scales the sizes.
import pickle
import sys
import time

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def shapes():
    n = int(20000 * SCALE)
    yield 'ints', list(range(n * 5))
    yield 'floats', [i * 0.5 for i in range(n * 5)]
    yield 'strs', ['item%d' % i for i in range(n * 5)]
    yield 'records', [{'id': i, 'name': 'n%d' % i, 'tags': ['a', 'b'], 'score': i / 3}
                      for i in range(n)]
    yield 'tuples', [(i, str(i), (i, i + 1)) for i in range(n * 2)]
    yield 'objects', [Point(i, -i) for i in range(n // 4)]


def best(f):
    t = None
    for _ in range(3):
        t0 = time.perf_counter()
        f()
        d = time.perf_counter() - t0
        t = d if t is None or d < t else t
    return t * 1000


for name, data in shapes():
    for proto in (2, 4):
        s = pickle.dumps(data, proto)
        assert pickle.loads(s) == data or name == 'objects'
        d = best(lambda: pickle.dumps(data, proto))
        l = best(lambda: pickle.loads(s))
        print('%-8s proto %d  %8d bytes  dumps %8.1f ms  loads %8.1f ms' % (name, proto, len(s), d, l))
