"""Writes spec/unit/libm_corpus.json: hard arguments of the math functions whose bits pystm
reproduces from glibc's algorithm (vm/modules/libm_sincos.ts, vm/objects/glibc_exp.ts,
glibc_pow.ts, glibc_expm1.ts; exp2 in glibc_exp.ts; log, log2, log10, log1p and asinh, acosh,
atanh over them: glibc_log.ts, modules/libm_glibc.ts), with CPython's results as float.hex.
Run under CPython 3.11 on glibc 2.36, x86-64 with FMA (the oracle: another libc or a CPU without
FMA gives other last digits): python3 spec/tools/gen_libm_corpus.py [fn ...] (with names, only
those functions are regenerated and the others kept from the existing file; the functions of
LATER each draw from their own seed, so either way gives the same arguments).

Hard arguments: those where glibc's result is not the correctly rounded one (found with mpmath
at 200 bits: a correctly rounded implementation fails exactly these), the edges of glibc's
argument ranges and of its k/128 table, neighbours of multiples of pi/2, tiny and huge values,
and a random sample of each range."""
import json
import math
import os
import random
import struct
import sys

import mpmath

mpmath.mp.prec = 200
FUNCS = {'sin': (math.sin, mpmath.sin), 'cos': (math.cos, mpmath.cos), 'exp': (math.exp, mpmath.exp),
         'expm1': (math.expm1, mpmath.expm1), 'tanh': (math.tanh, mpmath.tanh),
         'exp2': (math.exp2, lambda v: mpmath.power(2, v))}
# added by h19-libm: each with its own random stream (seeded by its name)
LATER = {'log': (math.log, mpmath.log), 'log2': (math.log2, lambda v: mpmath.log(v, 2)),
         'log10': (math.log10, mpmath.log10), 'log1p': (math.log1p, mpmath.log1p),
         'asinh': (math.asinh, mpmath.asinh), 'acosh': (math.acosh, mpmath.acosh),
         'atanh': (math.atanh, mpmath.atanh), 'tan': (math.tan, mpmath.tan), 'atan': (math.atan, mpmath.atan),
         'asin': (math.asin, mpmath.asin), 'acos': (math.acos, mpmath.acos)}
PER_FUNC_MISROUNDED = 1500
PER_FUNC_OTHER = 500


def neighbours(x, n):
    out = [x]
    lo = hi = x
    for _ in range(n):
        lo = math.nextafter(lo, -math.inf)
        hi = math.nextafter(hi, math.inf)
        out += [lo, hi]
    return out


def candidates(r, name):
    """(class, x) pairs."""
    if name == 'exp2':
        for _ in range(300000):
            u = r.random()
            x = r.uniform(-1075, 1024) if u < 0.5 else r.uniform(-60, 60) if u < 0.9 else r.uniform(-1075, -1020)
            yield 'random', x
        return
    if name in ('exp', 'expm1', 'tanh'):
        for _ in range(600000 if name == 'exp' else 300000):
            u = r.random()
            if u < 0.4:
                x = r.uniform(-745.2, 709.8)
            elif u < 0.7:
                x = r.uniform(-20, 20)
            elif u < 0.8:
                x = r.uniform(-745.2, -708)   # subnormal results
            else:
                x = math.ldexp(r.uniform(1, 2), r.randrange(-54, 0))
            yield 'random', -x if (u >= 0.8 and r.random() < 0.5) else x
        return
    for _ in range(600000):
        u = r.random()
        if u < 0.3:
            x = r.uniform(-7, 7)
        elif u < 0.5:
            x = math.ldexp(r.uniform(1, 2), r.randrange(-27, 30))
        elif u < 0.7:
            x = r.uniform(-2e6, 2e6)
        elif u < 0.8:
            x = math.ldexp(r.uniform(1, 2), r.randrange(27, 1024))
        else:
            x = r.uniform(0.126, 2.43)
        yield 'random', -x if r.random() < 0.5 else x


def later_candidates(r, name):
    """Arguments for the functions of LATER: their domains, near 1 (log's second polynomial),
    all exponents, subnormals; tan: sin's mix (near multiples of pi/2 by its edges)."""
    if name == 'tan':
        yield from candidates(r, name)
        return
    if name == 'atan':
        for _ in range(300000):
            u = r.random()
            x = (r.uniform(-1, 1) if u < 0.3 else r.uniform(-20, 20) if u < 0.6 else
                 math.ldexp(r.uniform(-2, 2), r.randrange(-40, 60)) if u < 0.9 else math.ldexp(r.uniform(-2, 2), r.randrange(-1074, 1024)))
            yield 'random', x
        return
    for _ in range(300000):
        u = r.random()
        if name in ('log', 'log2', 'log10'):
            x = (r.uniform(0.5, 2) if u < 0.3 else 1 + r.uniform(-0.07, 0.07) if u < 0.5 else
                 math.ldexp(r.uniform(1, 2), r.randrange(-1074, 1024)) if u < 0.8 else r.uniform(0, 1e4))
        elif name == 'log1p':
            x = (r.uniform(-0.3, 0.42) if u < 0.3 else r.uniform(-1, 4) if u < 0.5 else
                 math.ldexp(r.uniform(-2, 2), r.randrange(-30, 0)) if u < 0.7 else
                 math.ldexp(r.uniform(1, 2), r.randrange(-5, 1024)))
        elif name in ('asin', 'acos'):
            x = (r.uniform(-1, 1) if u < 0.4 else r.uniform(0.96875, 1) if u < 0.6 else
                 1 - math.ldexp(r.random(), -r.randrange(1, 54)) if u < 0.7 else
                 math.ldexp(r.uniform(1, 2), r.randrange(-60, -3)) if u < 0.8 else r.uniform(0.1, 0.97))
            x = -x if r.random() < 0.5 else x
        elif name == 'atanh':
            x = (r.uniform(-1, 1) if u < 0.4 else r.uniform(0.4, 0.6) if u < 0.6 else
                 1 - math.ldexp(r.random(), r.randrange(-53, 0)) if u < 0.8 else math.ldexp(r.uniform(1, 2), r.randrange(-30, 0)))
            x = -x if r.random() < 0.5 else x
        elif name == 'acosh':
            x = (1 + math.ldexp(r.random(), r.randrange(-53, 2)) if u < 0.4 else r.uniform(1, 30) if u < 0.7 else
                 math.ldexp(r.uniform(1, 2), r.randrange(0, 1024)))
        else:  # asinh
            x = (r.uniform(-3, 3) if u < 0.4 else math.ldexp(r.uniform(1, 2), r.randrange(-30, 40)) if u < 0.8 else
                 math.ldexp(r.uniform(1, 2), r.randrange(-1074, 1024)))
            x = -x if r.random() < 0.5 else x
        yield 'random', x


def later_edges(name):
    h = float.fromhex
    xs = []
    if name in ('asin', 'acos'):   # e_asin.c's range limits (high words) and subinterval edges
        for hw in (0x3c880000, 0x3e500000, 0x3fc00000, 0x3fd00000, 0x3fe00000, 0x3fe80000, 0x3fed8000, 0x3fee8000, 0x3fef0000, 0x3ff00000):
            xs += neighbours(struct.unpack('<d', struct.pack('<Q', hw << 32))[0], 3)
        for k in range(0x3fc00000, 0x3fef0000, 0x2000):
            xs += neighbours(struct.unpack('<d', struct.pack('<Q', k << 32))[0], 1)
        return [v for x in xs if abs(x) <= 1 for v in (x, -x)] + [0.0, -0.0, 5e-324]
    if name == 'atan':   # s_atan.c's range limits and table points
        for x in (1.2904777690891933e-8, 0.0625, 1.0, 16.0, 5805361265115136.0):
            xs += neighbours(x, 3)
        for k in range(16, 257):
            xs += neighbours(k / 256, 1) + neighbours((k + 0.5) / 256, 1) + neighbours(256 / k, 1)
        return xs + [-x for x in xs] + [0.0, -0.0, math.inf, -math.inf, 5e-324, 1e300]
    if name == 'tan':   # s_tan.c's range limits (high words), its table's points, multiples of pi/2
        for hw in (0x3e4b096c, 0x3faf212d, 0x3fe92f1a, 0x40390000, 0x4197d784):
            xs += neighbours(struct.unpack('<d', struct.pack('<Q', hw << 32))[0], 3)
        for k in range(16, 202):
            xs += neighbours(k / 256, 1) + neighbours((k + 0.5) / 256, 1)
        for k in list(range(1, 40)) + [10 ** 6, 2 ** 26, 2 ** 30, 10 ** 15]:
            xs += neighbours(k * math.pi / 2, 2)
        xs += [2.0 ** e for e in range(-30, 1024, 7)] + [1e300, 1.7976931348623157e308, 25.5, 1e8 + 0.5]
        return xs + [-x for x in xs]
    if name in ('log', 'log2', 'log10'):
        for x in (1 - h('0x1p-4'), 1 + h('0x1.09p-4'), 1 - h('0x1.5b51p-5'), 1 + h('0x1.6ab2p-5'), 1.0, 2.0, 0.5, 10.0,
                  2.2250738585072014e-308, 1.7976931348623157e308, h('0x1.6p-1'), h('0x1.6p0')):
            xs += neighbours(x, 3)
        for i in range(128):   # the table's subinterval edges
            xs += neighbours(struct.unpack('<d', struct.pack('<Q', 0x3fe6000000000000 + (i << 45)))[0], 1)
        xs += [10.0 ** e for e in range(-300, 301, 7)] + [2.0 ** e for e in range(-1074, 1024, 13)] + [5e-324, 1e-310]
        return [x for x in xs if x > 0]
    if name == 'log1p':
        for x in (0.41421356237309503, -0.2928932188134524, 2.0 ** -29, 2.0 ** -54, h('0x1p-20'), 2.0 ** 53, -0.5, 1.0):
            xs += neighbours(x, 3) + neighbours(-x, 2)
        return [x for x in xs if x > -1] + [0.0, -0.0, 1e300, 5e-324]
    if name == 'atanh':
        for x in (0.5, 2.0 ** -28, 1.0, 0.25):
            xs += neighbours(x, 3)
        return [v for x in xs if abs(x) < 1 for v in (x, -x)] + [0.0, -0.0]
    if name == 'acosh':
        for x in (1.0, 2.0, 2.0 ** 28):
            xs += neighbours(x, 3)
        return [x for x in xs if x >= 1] + [1e300, 1.7976931348623157e308]
    for x in (2.0 ** -28, 2.0, 2.0 ** 28):   # asinh
        xs += neighbours(x, 3)
    return [v for x in xs for v in (x, -x)] + [0.0, -0.0, 1e300, 5e-324]


def edges(name):
    if name == 'exp2':
        xs = []
        for x in (928.0, -928.0, 1024.0, -1022.0, -1074.0, -1075.0, 512.0, 2.0 ** -54, 0.5 / 128):
            xs += neighbours(x, 2) + neighbours(-x, 2)
        return [x for x in xs if x < 1024] + [0.0, -0.0, math.inf, -math.inf, 5e-324, 1e-300]
    if name in ('expm1', 'tanh'):
        xs = []
        ln2 = math.log(2)
        for x in (56 * ln2, 0.5 * ln2, 1.5 * ln2, 2.0 ** -54, 2.0 ** -55, 22.0, 1.0, 709.782712893384, 0.25, 20 * ln2,
                  57 * ln2, 3 * ln2):
            xs += neighbours(x, 2) + neighbours(-x, 2)
        return xs + [0.0, -0.0, math.inf, -math.inf, 5e-324, 1e-300]
    if name == 'exp':
        xs = []
        for x in (709.782712893384, 709.7827128933841, -745.1332191019411, -745.1332191019412, -708.3964185322641,
                  -708.4, 512.0, -512.0, 1024.0, -1024.0, 2.0 ** -54, -2.0 ** -54, 1.0, -1.0, 0.5):
            xs += neighbours(x, 3)
        for k in range(-40, 41):   # multiples of ln2/128: the table's points
            xs += neighbours(k * math.log(2) / 128, 1)
        return xs + [0.0, -0.0, math.inf, -math.inf, 5e-324, 1e-300]
    xs = []
    # glibc's range limits (high words 0x3e400000, 0x3e500000, 0x3feb6000, 0x400368fd, 0x419921fb)
    for h in (0x3e400000, 0x3e500000, 0x3feb6000, 0x400368fd, 0x419921fb):
        x = struct.unpack('<d', struct.pack('<Q', h << 32))[0]
        xs += neighbours(x, 3)
    xs += neighbours(0.126, 3)
    for k in range(1, 110):   # table points and midpoints between them
        xs += neighbours(k / 128, 1) + neighbours((k + 0.5) / 128, 1)
    for k in list(range(1, 60)) + [10 ** 6, 2 ** 26, 2 ** 30, 10 ** 15, 10 ** 22]:
        xs += neighbours(k * math.pi / 2, 2)
    xs += [2.0 ** e for e in range(-30, 1024, 7)] + [1e300, 1.7976931348623157e308, 105414350.0]
    return xs + [-x for x in xs]


def correctly_rounded(mf, x):
    try:
        return float(mf(mpmath.mpf(x)))
    except OverflowError:
        return math.inf


def call(f, x):
    try:
        return f(x).hex()
    except OverflowError:
        return 'inf'     # C's result; math raises OverflowError for it


def pow_pairs(r):
    for _ in range(400000):
        u = r.random()
        if u < 0.3:
            x, y = r.uniform(0, 100), r.uniform(-100, 100)
        elif u < 0.5:
            x = math.ldexp(r.uniform(1, 2), r.randrange(-100, 100))
            y = r.uniform(-600, 600) / max(1.0, abs(math.log2(x)))
        elif u < 0.7:
            x, y = r.uniform(0.5, 2), r.uniform(-1000, 1000)
        elif u < 0.85:
            x, y = -r.uniform(0, 20), float(r.randrange(-40, 41))
        else:
            x, y = r.uniform(0, 10), float(r.randrange(2, 30))
        yield x, y


def pow_edges():
    xs = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, 10.0, math.inf, -math.inf, 5e-324, 1e-310, 2.2250738585072014e-308,
          1.7976931348623157e308, 1.0000000000000002, 0.9999999999999999, 3.0, -3.0]
    ys = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, 2.0 ** -66, -(2.0 ** -66), 2.0 ** 63, -(2.0 ** 63), 1023.5,
          -1074.0, 1024.0, -1075.5, math.inf, -math.inf, 9007199254740993.0, 0.1]
    return [(x, y) for x in xs for y in ys]


def pow_call(x, y):
    try:
        return (x ** y).hex()
    except OverflowError:
        return 'inf'
    except ZeroDivisionError:
        return 'ZeroDivisionError'


def atan2_pairs(r):
    for _ in range(300000):
        u = r.random()
        if u < 0.3:
            yield r.uniform(-10, 10), r.uniform(-10, 10)
        elif u < 0.6:
            yield math.ldexp(r.uniform(-2, 2), r.randrange(-40, 40)), math.ldexp(r.uniform(-2, 2), r.randrange(-40, 40))
        elif u < 0.8:
            x = r.uniform(-1, 1)
            yield x * r.uniform(0.9, 1.1), x
        else:
            yield math.ldexp(r.uniform(-2, 2), r.randrange(-1074, 1024)), math.ldexp(r.uniform(-2, 2), r.randrange(-1074, 1024))


def atan2_edges():
    vs = [0.0, -0.0, math.inf, -math.inf, 1.0, -1.0, 5e-324, -5e-324, 1e308, 2.0 ** -500, 2.0 ** 500, 3.0, -0.5]
    return [(y, x) for y in vs for x in vs] + [(1.0, 2.0 ** 57), (2.0 ** 57, 1.0), (1.0, -(2.0 ** 57)), (-(2.0 ** 57), 1.0)]


def split_by_rounding(r, cands, misrounded, stop_when_full=True):
    """(mis, other): up to PER_FUNC_MISROUNDED candidates for which misrounded(c) is True (glibc's
    result is not the correctly rounded one), and up to PER_FUNC_OTHER of the rest (2% of them,
    drawn from r); misrounded(c) None skips c. Stops when both are full unless told not to (the
    candidates then draw from r to their end, as pow's must: later functions share its r)."""
    mis, other = [], []
    for c in cands:
        bad = misrounded(c)
        if bad is None:
            continue
        if bad:
            if len(mis) < PER_FUNC_MISROUNDED:
                mis.append(c)
        elif len(other) < PER_FUNC_OTHER and r.random() < 0.02:
            other.append(c)
        if stop_when_full and len(mis) >= PER_FUNC_MISROUNDED and len(other) >= PER_FUNC_OTHER:
            break
    return mis, other


def atan2_corpus(corpus):
    r = random.Random('atan2')
    mis, other = split_by_rounding(r, atan2_pairs(r), lambda p: math.atan2(*p).hex() != float(
        mpmath.atan2(mpmath.mpf(p[0]), mpmath.mpf(p[1]))).hex())
    pairs = mis + other + atan2_edges()
    corpus['atan2'] = [[y.hex(), x.hex(), math.atan2(y, x).hex()] for y, x in pairs]
    print('atan2', len(mis), 'misrounded by glibc,', len(other), 'random,', len(pairs) - len(mis) - len(other), 'edges')


def c_abs(y, x):
    """glibc's hypot as CPython's complex abs shows it ('inf' where abs raises OverflowError)."""
    try:
        return abs(complex(y, x)).hex()
    except OverflowError:
        return 'inf'


def hypot_corpus(corpus):
    """glibc's hypot (e_hypot.c) through abs(complex): math.hypot is CPython's own vector_norm."""
    r = random.Random('hypot')

    def misrounded(p):
        cr = mpmath.sqrt(mpmath.mpf(p[0]) ** 2 + mpmath.mpf(p[1]) ** 2)
        return c_abs(*p) != (float(cr).hex() if cr < 2 ** 1024 else 'inf')
    mis, other = split_by_rounding(r, atan2_pairs(r), misrounded)
    edges = atan2_edges() + [(2.0 ** 511, 1.0), (2.0 ** 512, 2.0 ** 459), (2.0 ** -459, 2.0 ** -459), (1e308, 1e308), (3.0, 4.0)]
    pairs = mis + other + edges
    corpus['hypot'] = [[y.hex(), x.hex(), c_abs(y, x)] for y, x in pairs]
    print('hypot', len(mis), 'misrounded by glibc,', len(other), 'random,', len(edges), 'edges')


def later_corpus(corpus):
    if not ONLY or 'atan2' in ONLY:
        atan2_corpus(corpus)
    if not ONLY or 'hypot' in ONLY:
        hypot_corpus(corpus)
    for name, (f, mf) in LATER.items():
        if ONLY and name not in ONLY:
            continue
        r = random.Random(name)
        sample_function(corpus, r, name, f, mf, later_candidates(r, name), later_edges(name))


def sample_function(corpus, r, name, f, mf, cands, edge_xs):
    """corpus[name]: up to PER_FUNC_MISROUNDED arguments glibc rounds differently from the
    correctly rounded value, PER_FUNC_OTHER random others (2% of the rest), then edge_xs."""

    def misrounded(x):
        try:
            v = call(f, x)
        except ValueError:
            return None
        cr = correctly_rounded(mf, x)
        return v != (cr.hex() if cr != math.inf else 'inf')
    mis, other = split_by_rounding(r, (x for _, x in cands), misrounded)
    xs = mis + other + edge_xs
    corpus[name] = [[x.hex(), call(f, x)] for x in xs]
    print(name, len(mis), 'misrounded by glibc,', len(other), 'random,', len(edge_xs), 'edges')


def write_corpus(out, corpus):
    with open(out, 'w') as fh:
        json.dump(corpus, fh, separators=(',', ':'))
        fh.write('\n')
    print('wrote', os.path.normpath(out))


ONLY = set(sys.argv[1:])


def main():
    out = os.path.join(os.path.dirname(__file__), '..', 'unit', 'libm_corpus.json')
    if ONLY:
        with open(out) as fh:
            corpus = json.load(fh)
        later_corpus(corpus)
        write_corpus(out, corpus)
        return
    r = random.Random(20261205)
    corpus = {}

    def pow_misrounded(p):
        v = pow_call(*p)
        try:
            cr = mpmath.power(mpmath.mpf(p[0]), mpmath.mpf(p[1]))
            crh = float(cr).hex() if abs(cr) < 2 ** 1024 else 'inf'
        except (OverflowError, ValueError):
            return None
        return v != crh
    mis, other = split_by_rounding(r, pow_pairs(r), pow_misrounded, stop_when_full=False)
    pairs = mis + other + [(x, y) for x, y in pow_edges() if not (x < 0 and y != int(y) if math.isfinite(y) else False)]
    corpus['pow'] = [[x.hex(), y.hex(), pow_call(x, y)] for x, y in pairs if pow_call(x, y) != 'ZeroDivisionError']
    print('pow', len(mis), 'misrounded by glibc,', len(other), 'random,', len(corpus['pow']) - len(mis) - len(other), 'edges')
    for name, (f, mf) in FUNCS.items():
        sample_function(corpus, r, name, f, mf, candidates(r, name), edges(name))
    later_corpus(corpus)
    write_corpus(out, corpus)


if __name__ == '__main__':
    main()
