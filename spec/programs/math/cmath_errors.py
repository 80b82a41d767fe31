# cmath: argument conversion (__complex__, __float__, __index__, complex subclasses), CPython's
# TypeError messages, math domain/range errors, log with a base, isclose's tolerances.
import cmath
import warnings


class WithComplex:
    def __init__(self, v):
        self.v = v

    def __complex__(self):
        return self.v


class WithFloat:
    def __float__(self):
        return 2.5


class WithIndex:
    def __index__(self):
        return 3


class OnlyInt:
    def __int__(self):
        return 4


class Sub(complex):
    pass


class Boom:
    def __complex__(self):
        raise KeyError('boom')


def attempt(label, f):
    try:
        r = f()
        print(label, '->', r)
    except Exception as e:
        print(label, '!', type(e).__name__, e)


attempt('complex', lambda: cmath.sqrt(WithComplex(-4 + 0j)))
attempt('float', lambda: cmath.exp(WithFloat()))
attempt('index', lambda: cmath.sqrt(WithIndex()))
attempt('int only', lambda: cmath.sqrt(OnlyInt()))
attempt('bad complex', lambda: cmath.sqrt(WithComplex(1.5)))
attempt('str', lambda: cmath.cos('1j'))
attempt('None', lambda: cmath.isnan(None))
attempt('boom', lambda: cmath.sin(Boom()))
attempt('subclass', lambda: cmath.sqrt(Sub(-9, 0)))
attempt('bool', lambda: cmath.log(True))
attempt('big int', lambda: cmath.sqrt(10 ** 400))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    attempt('subclass result', lambda: cmath.sqrt(WithComplex(Sub(0, 2))))
    print([str(x.message) for x in w])
attempt('no args', lambda: cmath.sqrt())
attempt('two args', lambda: cmath.phase(1, 2))
attempt('keyword', lambda: cmath.sqrt(z=1))
attempt('log kw', lambda: cmath.log(1, base=2))
attempt('log 3', lambda: cmath.log(1, 2, 3))
attempt('log 0', lambda: cmath.log())
attempt('rect 1', lambda: cmath.rect(1))
attempt('rect complex', lambda: cmath.rect(1j, 0))
for args in [(0,), (0j,), (1, 1), (1, 0), (0, 2), (8, 2), (-8, -2), (1j, 'x')]:
    attempt('log%r' % (args,), lambda: cmath.log(*args))
attempt('exp big', lambda: cmath.exp(1000))
attempt('cosh big', lambda: cmath.cosh(complex(800, 1)))
attempt('sinh edge', lambda: cmath.sinh(complex(710, 0)))
attempt('atanh 1', lambda: cmath.atanh(1))
attempt('atanh -1', lambda: cmath.atanh(-1))
attempt('polar huge', lambda: cmath.polar(complex(1.5e308, 1.5e308)))
attempt('rect inf', lambda: cmath.rect(2, float('inf')))
attempt('isclose', lambda: cmath.isclose(1 + 1j, 1 + 1.0000000001j))
attempt('isclose rel', lambda: cmath.isclose(1j, 1.1j, rel_tol=0.2))
attempt('isclose abs', lambda: cmath.isclose(0.001j, 0, abs_tol=0.01))
attempt('isclose neg', lambda: cmath.isclose(1, 1, abs_tol=-1))
attempt('isclose complex tol', lambda: cmath.isclose(1, 1, rel_tol=1j))
attempt('isclose inf', lambda: cmath.isclose(complex('inf'), complex('inf')))
attempt('isclose nan', lambda: cmath.isclose(complex('nan'), complex('nan')))
attempt('isclose missing', lambda: cmath.isclose(1))
attempt('isclose extra', lambda: cmath.isclose(1, 2, 3))
attempt('isclose bad kw', lambda: cmath.isclose(1, 2, tol=3))
