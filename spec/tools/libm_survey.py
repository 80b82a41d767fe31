"""Survey of libm digits: the float functions of math and cmath and float ** on many arguments,
printed with float.hex, run by CPython and by pystm and compared (vm/NOTES.md "h18-libm").

  python3 spec/tools/libm_survey.py gen DIR N     writes DIR/<fn>.args (N arguments per function,
                                                  deterministic: random bit patterns over wide
                                                  ranges, integers, near multiples of pi/2, tiny,
                                                  huge, subnormal, specials, each function's domain)
  python3|bin/pystm spec/tools/libm_survey.py run DIR OUT [fn ...]
                                                  writes OUT/<fn>.out: one result line per argument
  python3 spec/tools/libm_survey.py cmp DIR A B   counts the lines that differ, per function

The oracle is CPython 3.11 on glibc 2.36 (x86-64 with FMA): another libc gives other digits."""
import cmath
import math
import os
import sys

# name -> (arity, kind) ; kind picks the domain-focused generator
MATH1 = {
    'sin': 'trig', 'cos': 'trig', 'tan': 'trig', 'asin': 'unit', 'acos': 'unit', 'atan': 'wide',
    'sinh': 'hyp', 'cosh': 'hyp', 'tanh': 'small', 'asinh': 'wide', 'acosh': 'ge1', 'atanh': 'unit',
    'exp': 'exp', 'exp2': 'exp2', 'expm1': 'exp', 'log': 'pos', 'log2': 'pos', 'log10': 'pos',
    'log1p': 'gtm1', 'sqrt': 'pos', 'cbrt': 'wide', 'erf': 'small', 'erfc': 'erfc',
    'gamma': 'gamma', 'lgamma': 'gamma', 'degrees': 'wide', 'radians': 'wide',
}
MATH2 = {'atan2': 'wide2', 'pow': 'pow', 'hypot': 'wide2', 'fmod': 'wide2', 'remainder': 'wide2'}
CMATH = ['exp', 'log', 'log10', 'sqrt', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh',
         'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'phase', 'polar', 'abs']


def functions():
    fs = {}
    for n, k in MATH1.items():
        fs['math.' + n] = (1, k, getattr(math, n))
    for n, k in MATH2.items():
        fs['math.' + n] = (2, k, getattr(math, n))
    fs['float.pow'] = (2, 'pow', lambda x, y: x ** y)
    for n in CMATH:
        f = abs if n == 'abs' else getattr(cmath, n)
        fs['cmath.' + n] = (2, 'complex', f)
    return fs


# ── argument generation (CPython only) ────────────────────────────────────────────────────────
class Rng:
    """splitmix64: the same numbers everywhere."""
    def __init__(self, seed):
        self.s = seed & 0xFFFFFFFFFFFFFFFF

    def u64(self):
        self.s = (self.s + 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF
        z = self.s
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & 0xFFFFFFFFFFFFFFFF
        return z ^ (z >> 31)

    def unif(self, a, b):
        return a + (b - a) * (self.u64() >> 11) / 2 ** 53

    def logu(self, lo, hi, sign=True):
        """|x| = m * 2**e with e uniform in [lo, hi), random mantissa."""
        e = lo + self.u64() % (hi - lo)
        x = math.ldexp(1 + (self.u64() >> 12) / 2 ** 52, e)
        return -x if sign and self.u64() & 1 else x

    def pick(self, seq):
        return seq[self.u64() % len(seq)]


SPECIALS = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, math.inf, -math.inf, math.nan, 5e-324,
            -5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, -1.7976931348623157e308,
            math.pi, -math.pi, math.pi / 2, math.pi / 4, math.e, 10.0, 0.1, 3.0, 1e-300, 1e300]


def general(r, i):
    """The common mix: every class in turn."""
    c = i % 10
    if c == 0:
        return r.logu(-60, 60)
    if c == 1:
        return r.logu(-1074, 1024)
    if c == 2:
        return r.unif(-10, 10)
    if c == 3:
        return float((r.u64() % 200001) - 100000)
    if c == 4:   # near multiples of pi/2
        k = r.u64() % (1 << (r.u64() % 40))
        x = k * (math.pi / 2)
        for _ in range(r.u64() % 5):
            x = math.nextafter(x, math.inf)
        for _ in range(r.u64() % 5):
            x = math.nextafter(x, -math.inf)
        return x if r.u64() & 1 else -x
    if c == 5:   # tiny
        return r.logu(-1074, -20)
    if c == 6:   # huge
        return r.logu(30, 1024)
    if c == 7:   # subnormal
        x = (r.u64() % (1 << 52)) * 5e-324
        return -x if r.u64() & 1 else x
    if c == 8:
        return r.pick(SPECIALS)
    return r.unif(-1000, 1000)


def focused(r, kind):
    """One argument in the function's own domain."""
    u = r.u64() % 4
    if kind == 'trig':
        return [r.unif(-7, 7), r.logu(-30, 30), r.logu(-5, 90), r.unif(-1e6, 1e6)][u]
    if kind == 'unit':
        return [r.unif(-1, 1), r.logu(-40, 0), r.unif(0.9, 1), -r.unif(0.99, 1)][u]
    if kind == 'wide':
        return [r.logu(-40, 40), r.unif(-20, 20), r.logu(-1074, 1024), r.unif(-1, 1)][u]
    if kind == 'hyp':
        return [r.unif(-30, 30), r.unif(-710, 710), r.logu(-30, 5), r.unif(-1, 1)][u]
    if kind == 'small':
        return [r.unif(-6, 6), r.logu(-30, 3), r.unif(-1, 1), r.unif(-25, 25)][u]
    if kind == 'ge1':
        return [1 + r.logu(-50, 10, False), r.unif(1, 30), r.logu(0, 1024, False), r.unif(1, 2)][u]
    if kind == 'exp':
        return [r.unif(-745, 710), r.unif(-5, 5), r.logu(-60, 0), r.unif(-1, 1)][u]
    if kind == 'exp2':
        return [r.unif(-1075, 1024), r.unif(-5, 5), r.logu(-60, 0), r.unif(-60, 60)][u]
    if kind == 'pos':
        return [r.logu(-1074, 1024, False), r.unif(0, 10), r.unif(0.5, 2), 1 + r.logu(-53, -5)][u]
    if kind == 'gtm1':
        return [r.logu(-1074, 1024, False), r.unif(-1, 10), r.logu(-60, 0), r.unif(-0.5, 0.5)][u]
    if kind == 'erfc':
        return [r.unif(-6, 28), r.unif(-2, 2), r.unif(0, 10), r.logu(-30, 2)][u]
    if kind == 'gamma':
        return [r.unif(-180, 180), r.unif(0, 10), r.logu(-30, 8, False), r.unif(-10, 0)][u]
    raise ValueError(kind)


def focused2(r, kind):
    u = r.u64() % 4
    if kind == 'wide2':
        if u == 0:
            return r.unif(-10, 10), r.unif(-10, 10)
        if u == 1:
            return r.logu(-40, 40), r.logu(-40, 40)
        if u == 2:
            return r.logu(-1074, 1024), r.logu(-1074, 1024)
        return r.unif(-1, 1), r.unif(-1e6, 1e6)
    if kind == 'pow':
        if u == 0:
            return r.unif(0, 100), r.unif(-100, 100)
        if u == 1:
            x = r.logu(-100, 100, False)
            return x, r.unif(-600, 600) / max(1, abs(math.log2(x)))
        if u == 2:
            return r.unif(0.5, 2), r.unif(-1000, 1000)
        return -r.unif(0, 20), float((r.u64() % 61) - 30)
    if kind == 'complex':
        if u == 0:
            return r.unif(-10, 10), r.unif(-10, 10)
        if u == 1:
            return r.logu(-30, 30), r.logu(-30, 30)
        if u == 2:
            return r.unif(-2, 2), r.unif(-2, 2)
        return r.logu(-1074, 1024), r.logu(-1074, 1024)
    raise ValueError(kind)


def gen(d, n):
    os.makedirs(d, exist_ok=True)
    for seed, (name, (arity, kind, _)) in enumerate(sorted(functions().items())):
        r = Rng(seed * 7919 + 12345)
        with open(os.path.join(d, name + '.args'), 'w') as f:
            for i in range(n):
                if i % 2 == 0:   # the common mix
                    a = (general(r, i // 2),) if arity == 1 else (general(r, i // 2), general(r, i // 2 + 3))
                else:
                    a = (focused(r, kind),) if arity == 1 else focused2(r, kind)
                f.write(' '.join(repr(v) for v in a) + '\n')


# ── running (CPython and pystm) ───────────────────────────────────────────────────────────────
def show(v):
    if isinstance(v, float):
        return v.hex()
    if isinstance(v, complex):
        return v.real.hex() + ',' + v.imag.hex()
    if isinstance(v, tuple):
        return ';'.join(show(w) for w in v)
    return repr(v)


def run(d, out, names):
    os.makedirs(out, exist_ok=True)
    fs = functions()
    for name in names or sorted(fs):
        arity, kind, f = fs[name]
        lines = []
        with open(os.path.join(d, name + '.args')) as fa:
            for line in fa:
                a = [float(t) for t in line.split()]
                try:
                    if kind == 'complex':
                        v = f(complex(a[0], a[1]))
                    else:
                        v = f(*a)
                    lines.append(show(v))
                except (ValueError, OverflowError, ZeroDivisionError) as e:
                    lines.append(type(e).__name__)
        with open(os.path.join(out, name + '.out'), 'w') as fo:
            fo.write('\n'.join(lines) + '\n')


def cmp(d, a, b, show_max=3):
    total = 0
    for name in sorted(functions()):
        pa, pb = os.path.join(a, name + '.out'), os.path.join(b, name + '.out')
        if not (os.path.exists(pa) and os.path.exists(pb)):
            continue
        with open(os.path.join(d, name + '.args')) as f:
            args = f.read().split('\n')
        with open(pa) as f:
            la = f.read().split('\n')
        with open(pb) as f:
            lb = f.read().split('\n')
        bad = [i for i in range(len(la)) if i >= len(lb) or la[i] != lb[i]]
        total += len(bad)
        print('%-16s %8d of %d' % (name, len(bad), len(la) - 1))
        for i in bad[:show_max]:
            print('    ', args[i], la[i], lb[i] if i < len(lb) else '-')
    print('total', total)


if __name__ == '__main__':
    cmd = sys.argv[1]
    if cmd == 'gen':
        gen(sys.argv[2], int(sys.argv[3]))
    elif cmd == 'run':
        run(sys.argv[2], sys.argv[3], sys.argv[4:])
    elif cmd == 'cmp':
        cmp(sys.argv[2], sys.argv[3], sys.argv[4])
