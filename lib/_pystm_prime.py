# _pystm_prime: not a module for programs. With PYSTM_POOL_PRIME=1 (off by default: it cost 2-5%
# of the CPU at 2 workers, vm/NOTES.md "h21-par") a pool worker of a threaded run
# (vm/workers/pool_prime.ts) runs this file once on its *private* heap, after its bootstrap
# replay and before it attaches to the shared heap, so that its V8 isolate's interpreter loop
# (vm/interp/loop.ts run()) has type feedback for the generic paths its first thread's hot loop
# never runs before V8 first optimizes run() there: a path first run after that compile
# deoptimizes run() ("insufficient type feedback") and costs another compile (bench/NOTES.md
# "h19-par", "h21-par"). The main isolate gets that feedback from the program's imports; the
# pool's isolate runs no guest code before its first thread. Nothing here is seen by the program:
# the private heap is thrown away (the worker replays the bootstrap again before it attaches).
# Every line is a kind of operation some program met late. Plain Python (CPython runs it too).
class _P:
    k = 5
    def __init__(self, a, b):
        self.a = a
        self.b = b
    def get(self):
        return self.a
    def pick(self, f):
        return self.a if f else self.b
    def add(self, n=1):
        x = self.a
        y = self.b
        return x + y + n
    def none(self):
        self.b = self.a
class _Q(_P):
    __slots__ = ()
    def get(self):
        return self.k
class _S:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x
        self.y = None
class _V:
    def __add__(self, o):
        return o
def _vadd(v):
    # (__add__'s frame is pushed without a caller hint: its return looks the code up, as after
    # a major collection: interp/caller_info.ts)
    return v + 1
def _ident(x):
    return x
def _one():
    return 1
def _none():
    pass
def _kw(a, b=2, *args, **kw):
    return a
def _rec(n):
    if n <= 0:
        return 0
    return _rec(n - 1) + 1
def _gen(n):
    for i in range(n):
        yield i
def _gen2(n):
    yield from _gen(n)
    x = yield
    return x
def _closure(a):
    def inner(b):
        nonlocal a
        a = a + b
        return a
    return inner
def _raise(x):
    try:
        if x:
            raise ValueError(x)
    except ValueError as e:
        return e
    finally:
        x = 0
    return x
class _W:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
def _more(n):
    # (what dict_merge-like and lock-using threads meet: with, sorted by a key, join, hash, //=)
    words = []
    x = n * 1103515245 + 12345
    for _ in range(3 + x % 4):
        words.append('abcdefghij'[x % 10])
        x //= 10
    w = ''.join(words)
    counts = {w: 1, 'a': 2}
    counts[w] = counts.get(w, 0) + 1
    with _W() as c:
        t = hash(w) % 4
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    return (len(counts), sum(counts.values()), top, t, c)
def _main():
    ps = [_P(1, 2), _Q(3, 4), _P(1.5, 2.5)]
    big = [0] * 2100
    d = {'a': 1, 2: 'b'}
    st = {1, 2}
    s = 'abc'
    t = 0
    f = 0.5
    for k in range(2):
        for p in ps:
            t = p.get()
            p.a = t
            q = p.pick(k)
            r = p.add()
            p.none()
            ps[0].get()
            _P.get(p)
            m = p.get
            m()
            ps[0].a = ps[1].b
            ps[k % 3].b += 1
            tp = (t, q, r)
            u = tp[1]
            v = ps[k & 1]
            if u:
                t = _ident(u)
            if not v:
                t = 0
            if v is None or v is not None:
                t = 1
            if 1.5 < u or u == f or f >= 2:
                t = 2
            if u * 0.5 > 1.5 - f:
                t = 3
            if s == 'abc' and 'b' in s and 2 in d and 1 in st and u in tp:
                t = 4
            if 0 <= k < 10:
                t = -k
            _kw(1, b=3)
            _kw(1, 2, 3, x=4)
            _kw(*tp)
            a, b = b, a = t, k
            a, *c = tp
            g = _S(k)
            g.x = g.y
            g.y = len(s) + abs(-k) + max(k, 1) + min(k, 2)
            isinstance(g, _S)
            x = [k, t][0] + big[k] + big[-1] + d['a'] + st.__len__()
            big[k] = x
            d[k] = x
            d.get(k)
            del d[k]
            c = [i * 2 for i in range(k)]
            c.append(k)
            c.pop()
            s2 = s + str(k) + s[1:2] + f'{k}{s!r}'
            x = k * 3 // 2 % 5 - (k << 2 | 1 & 3 ^ 2) + (k >> 1) + k ** 2 - ~k
            f = f * 1.5 / 2.0 + f - float(k) - f % 3.0
            t = -t + int(f)
            h = (1 << 40) + k  # (ints past 31 bits, on JS numbers)
            h = h * 3 - h // 2 + (h > k) + (h % 7)
            if f < 0.25 or f <= 0.25 or f == 0.25 or f != 0.25 or f > 0.25 or f >= 0.25:
                t = 5
            a, b = [k, t]
            a, b = d.values() if len(d) == 2 else (1, 2)
            _one()
            _none()
            _closure(k)(1)
            _rec(3)
            _raise(k & 1)
            _vadd(_V())
            t = sum(_gen(3)) + sum(x for x in tp if x)
            while t > 0:
                t -= 2
                if t == 3:
                    break
            else:
                t = 0
    for a, b in ((1, 2), (3, 4)):
        t = a
    for a, b in d.items():
        t = a
    for a in d:
        t = a
    for i, a in enumerate(ps):
        t = i
    for a, b in zip(ps, tp):
        t = a
    for x in _gen(3):
        t = x
    g = _gen2(2)
    next(g)
    next(g)
    next(g)
    try:
        g.send(5)
    except StopIteration:
        pass
    it = iter(big)  # (its last items only: the large vector's per-card path)
    it.__setstate__(2096)
    for x in it:
        pass
    return t
def _slice():
    # (run as a driver loop, vm/interp/prime_run.ts: 300 backward jumps reach the loop's early
    # first safe point, so that its safe-point block has feedback too)
    for i in range(300):
        pass
_slice()
_main()
_more(3)
