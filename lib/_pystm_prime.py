# _pystm_prime: not a module for programs. pystm runs this file once, at the main thread's first
# safe point, to give the fast paths of its interpreter loop (vm/interp/loop.ts run()) type
# feedback before V8 optimizes it (vm/interp/prime_run.ts): every line is a path that
# deoptimized run() in bench/programs when first met after its first compile. Keep it small
# (it runs in every program that reaches a safe point) and free of output and exceptions.
class _P:
    def __init__(self, a, b):
        self.a = a
        self.b = b
    def get(self):
        return self.a
    def pick(self, f):
        return self.a if f else self.b
    def add(self):
        x = self.a
        y = self.b
        return x + y
def _ident(x):
    return x
def _kw(a, b=2):
    return a
def _gen(n):
    for i in range(n):
        yield i
def _warm(n):
    # (V8 gives run() its feedback vector only after ~8x its bytecode size has run: this loop
    # spends that budget first, so that _main's operations are recorded)
    t = 0
    for i in range(n):
        t = i
    return t
def _main():
    ps = [_P(1, 2), _P(3, 4)]
    big = [0] * 2100
    t = 0
    for k in range(4):
        for p in ps:
            t = p.get()
            p.a = t
            q = p.pick(k)
            s = p.add()
            ps[0].get()
            _P.get(p)
            ps[0].a = ps[1].b
            tp = (t, q, s)
            u = tp[1]
            v = ps[k & 1]
            if u:
                t = _ident(u)
            if not v:
                t = 0
            if v is None:
                t = 1
            if 1.5 < u:
                t = 2
            if u * 0.5 > 1.5:
                t = 3
            _kw(1, b=3)
            d = {}
    for a, b in ((1, 2), (3, 4)):
        t = a
    for x in _gen(3):
        t = x
    it = iter(big)  # (its last items only: the large vector's per-card path)
    it.__setstate__(2096)
    for x in it:
        pass
    return t
_warm(0)
_main()
