"""Pseudo-random numbers: the `random` module of Python 3.11, written for pystm.

All generation rests on the core class `_random.Random` (a Mersenne Twister MT19937 that offers
random(), seed(), getrandbits(), getstate() and setstate(), as CPython's C module does), so this
file run on CPython's `_random` gives exactly CPython's sequences, and run on pystm's `_random`
(vm/modules/random_core.ts) gives the same ones.  Invariants kept for identical sequences:
- `_random.Random.seed` is only ever handed None or an int here: str/bytes/bytearray seeds become
  int.from_bytes(b + sha512(b).digest(), 'big') and floats become their hash taken as an unsigned
  64-bit word (what CPython's C seed does with a hash).  Without any sha512 (no `_sha512`, no
  hashlib) the bytes themselves go to `_random.Random.seed`, which on pystm does that conversion.
- each method draws from the core in exactly CPython's order and count (documented per method).
This module uses only `_random`, `math`, and (optionally) `os`, `warnings`, `collections.abc` (the
last at the first sample()).
"""

import _random
from math import (log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil, floor as _floor,
                  sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin, isfinite as _isfinite)

# os, imported at the first _urandom() (SystemRandom, an unseeded seed() does not need it): ~0.06 s
# of a cold VM that most programs never use
_os = 0

# sha512, imported at the first str/bytes seed (pystm has no C _sha512: hashlib otherwise)
_sha512 = 0


def _load_sha512():
    global _sha512
    try:
        from _sha512 import sha512 as _sha512
    except ImportError:
        try:
            from hashlib import sha512 as _sha512
        except ImportError:
            _sha512 = None

try:
    from warnings import warn as _warn
except ImportError:
    def _warn(message, category=None, stacklevel=1):
        pass

# collections.abc.Sequence, imported at the first sample(): importing it runs the whole
# collections package (~0.15 s of a cold VM, half of `import random`), which CPython's random
# does not import (it takes Sequence from the C-accelerated _collections_abc)
_Sequence = 0

try:
    from operator import index as _index
except ImportError:
    def _index(value):
        try:
            method = type(value).__index__
        except AttributeError:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(value).__name__) from None
        return method(value)

__all__ = [
    "Random", "SystemRandom", "betavariate", "choice", "choices", "expovariate",
    "gammavariate", "gauss", "getrandbits", "getstate", "lognormvariate", "normalvariate",
    "paretovariate", "randbytes", "randint", "random", "randrange", "sample", "seed",
    "setstate", "shuffle", "triangular", "uniform", "vonmisesvariate", "weibullvariate",
]

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
TWOPI = 2.0 * _pi
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53                # bits in a float
RECIP_BPF = 2 ** -BPF
_ONE = 1                # identity marks "step not given" in randrange
_UINT64 = 1 << 64       # C's size_t on 64-bit hosts: the range of a hash used as a seed


def _urandom(n):
    global _os
    if _os == 0:
        try:
            import os as _os
        except ImportError:
            _os = None
    if _os is None or not hasattr(_os, 'urandom'):
        raise NotImplementedError('os.urandom() is not available')
    return _os.urandom(n)


def _is_sequence(value):
    global _Sequence
    if _Sequence == 0:
        try:
            from collections.abc import Sequence as _Sequence
        except ImportError:
            _Sequence = None
    if _Sequence is not None:
        return isinstance(value, _Sequence)
    # Without collections.abc: indexable and sized, and not a mapping or a set.
    if isinstance(value, (dict, set, frozenset)):
        return False
    kind = type(value)
    return hasattr(kind, '__getitem__') and hasattr(kind, '__len__')


def _running_totals(values):
    """The running sums of an iterable (itertools.accumulate with +)."""
    totals = []
    it = iter(values)
    for first in it:
        total = first
        totals.append(total)
        for value in it:
            total = total + value
            totals.append(total)
    return totals


def _bisect_right(sorted_list, x, lo, hi):
    while lo < hi:
        mid = (lo + hi) // 2
        if x < sorted_list[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _as_randrange_int(value, which):
    """An integer argument of randrange(); 3.11 still accepts integral floats with a warning."""
    try:
        return _index(value)
    except TypeError:
        as_int = int(value)
        if as_int != value:
            _warn('randrange() will raise TypeError in the future', DeprecationWarning, 3)
            raise ValueError("non-integer %s for randrange()" % which)
        _warn('non-integer arguments to randrange() have been deprecated '
              'since Python 3.10 and will be removed in a subsequent version',
              DeprecationWarning, 3)
        return as_int


class Random(_random.Random):
    """A Mersenne Twister generator; subclass it to supply another core generator
    (override random(), seed(), getstate(), setstate() and, if possible, getrandbits())."""

    VERSION = 3     # the version of getstate()'s tuple

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def __init_subclass__(cls, /, **kwargs):
        # Choose how _randbelow draws: the nearest class in the MRO that defines _randbelow,
        # getrandbits or random decides (getrandbits is exact; random() alone is 53 bits).
        for klass in cls.__mro__:
            names = klass.__dict__
            if '_randbelow' in names:
                break
            if 'getrandbits' in names:
                cls._randbelow = cls._randbelow_with_getrandbits
                break
            if 'random' in names:
                cls._randbelow = cls._randbelow_without_getrandbits
                break

    def seed(self, a=None, version=2):
        """Initialize the generator from None (OS entropy), an int, a float, a str, bytes or
        bytearray.  Version 2 (the default) uses every bit of a str/bytes seed; version 1
        reproduces the sequences of Python 2 for str and bytes seeds."""
        if version == 1 and isinstance(a, (str, bytes)):
            text = a.decode('latin-1') if isinstance(a, bytes) else a
            x = ord(text[0]) << 7 if text else 0
            for ch in text:
                x = ((1000003 * x) ^ ord(ch)) & 0xFFFFFFFFFFFFFFFF
            x ^= len(text)
            a = -2 if x == -1 else x
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            data = a.encode() if isinstance(a, str) else bytes(a)
            if _sha512 == 0:
                _load_sha512()
            if _sha512 is None:
                a = data        # pystm's _random.Random.seed hashes bytes itself
            else:
                a = int.from_bytes(data + _sha512(data).digest(), 'big')
        elif isinstance(a, float):
            a = hash(a) % _UINT64
        elif not isinstance(a, (type(None), int, str, bytes, bytearray)):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        """The generator's state, for setstate()."""
        return self.VERSION, super().getstate(), self.gauss_next

    def setstate(self, state):
        """Restore a state returned by getstate()."""
        version = state[0]
        if version == 3:
            version, core_state, self.gauss_next = state
            super().setstate(core_state)
        elif version == 2:
            version, core_state, self.gauss_next = state
            # Version 2 stored the words as C longs, negative on some hosts.
            try:
                core_state = tuple(word % (2 ** 32) for word in core_state)
            except ValueError as exc:
                raise TypeError from exc
            super().setstate(core_state)
        else:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" % (version, self.VERSION))

    # Pickling goes through getstate()/setstate().
    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    # ---- integers ----

    def _randbelow_with_getrandbits(self, n):
        """An int in [0, n) by rejection: draw n.bit_length() bits until below n."""
        getrandbits = self.getrandbits
        k = n.bit_length()
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return r

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        """An int in [0, n) from random() alone (for subclasses without getrandbits)."""
        random = self.random
        if n >= maxsize:
            _warn("Underlying random() generator does not supply \n"
                  "enough bits to choose from a population range this large.\n"
                  "To remove the range limitation, add a getrandbits() method.")
            return _floor(random() * n)
        rem = maxsize % n
        limit = (maxsize - rem) / maxsize
        r = random()
        while r >= limit:
            r = random()
        return _floor(r * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    def randrange(self, start, stop=None, step=_ONE):
        """A random element of range(start, stop, step), without building the range."""
        istart = _as_randrange_int(start, 'arg 1')
        if stop is None:
            if step is not _ONE:
                raise TypeError('Missing a non-None stop argument')
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        istop = _as_randrange_int(stop, 'stop')
        width = istop - istart
        istep = _as_randrange_int(step, 'step')
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)"
                             % (istart, istop, width))
        if istep > 0:
            count = (width + istep - 1) // istep
        elif istep < 0:
            count = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if count <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(count)

    def randint(self, a, b):
        """A random int N with a <= N <= b."""
        return self.randrange(a, b + 1)

    def randbytes(self, n):
        """n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    # ---- sequences ----

    def choice(self, seq):
        """One random element of a non-empty sequence."""
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffle a mutable sequence in place (Fisher-Yates, from the end)."""
        randbelow = self._randbelow
        for i in range(len(x) - 1, 0, -1):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """k distinct elements of a sequence, in selection order.  counts=[...] repeats each
        element that many times (sample(['a', 'b'], counts=[2, 1], k=2) draws from a, a, b)."""
        if not _is_sequence(population):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            cum_counts = _running_totals(counts)
            if len(cum_counts) != n:
                raise ValueError('The number of counts does not match the population')
            total = cum_counts.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            picks = self.sample(range(total), k=k)
            hi = len(cum_counts)
            return [population[_bisect_right(cum_counts, s, 0, hi)] for s in picks]
        randbelow = self._randbelow
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        # Two strategies; the choice depends only on n and k (it decides the draws, so it is
        # part of the sequence): a partial shuffle of a copy of the population when that copy
        # is no bigger than a set of k indices would be, else rejection against a set.
        set_cost = 21
        if k > 5:
            set_cost += 4 ** _ceil(_log(k * 3, 4))
        if n <= set_cost:
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            chosen = set()
            for i in range(k):
                j = randbelow(n)
                while j in chosen:
                    j = randbelow(n)
                chosen.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k elements chosen with replacement, optionally weighted (relative weights or
        cumulative weights); one random() per element."""
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                size = n + 0.0
                return [population[_floor(random() * size)] for _ in range(k)]
            try:
                cum_weights = _running_totals(weights)
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError(
                    f'The number of choices must be a keyword argument: {k=}') from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        hi = n - 1
        return [population[_bisect_right(cum_weights, random() * total, 0, hi)]
                for _ in range(k)]

    # ---- real-valued distributions ----

    def uniform(self, a, b):
        """A float between a and b: a + (b-a) * random()."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """The triangular distribution on [low, high] peaking at mode (default: the middle)."""
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution by Kinderman and Monahan's ratio-of-uniforms method."""
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_log(u2):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Normal distribution by the Box-Muller transform; every other call returns the
        second value of the pair computed by the previous one (kept in gauss_next)."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            random = self.random
            angle = random() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - random()))
            z = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log normal distribution: exp(normalvariate(mu, sigma))."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution with rate lambd (mean 1/lambd)."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Von Mises (circular normal) distribution by Best and Fisher's method."""
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            u1 = random()
            z = _cos(_pi * u1)
            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        if random() > 0.5:
            return (mu + _acos(f)) % TWOPI
        return (mu - _acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution (shape alpha > 0, scale beta > 0): Cheng's method for alpha > 1,
        the exponential for alpha == 1, Ahrens and Dieter's GS for alpha < 1."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        random = self.random
        if alpha > 1.0:
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        if alpha == 1.0:
            return -_log(1.0 - random()) * beta
        while True:
            u = random()
            b = (_e + alpha) / _e
            p = b * u
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_log((b - p) / alpha)
            u1 = random()
            if p > 1.0:
                if u1 <= x ** (alpha - 1.0):
                    break
            elif u1 <= _exp(-x):
                break
        return x * beta

    def betavariate(self, alpha, beta):
        """Beta distribution from two gamma variates."""
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution with scale alpha and shape beta."""
        u = 1.0 - self.random()
        return alpha * (-_log(u)) ** (1.0 / beta)


class SystemRandom(Random):
    """Random numbers from os.urandom(); it has no state, so seed() does nothing and
    getstate()/setstate() raise NotImplementedError."""

    def random(self):
        """A float in [0, 1) from 56 bits of entropy, keeping the top 53."""
        return (int.from_bytes(_urandom(7), 'big') >> 3) * RECIP_BPF

    def getrandbits(self, k):
        """An int with k random bits."""
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        numbytes = (k + 7) // 8
        x = int.from_bytes(_urandom(numbytes), 'big')
        return x >> (numbytes * 8 - k)

    def randbytes(self, n):
        """n bytes from os.urandom()."""
        return _urandom(n)

    def seed(self, *args, **kwds):
        """Does nothing: the system source cannot be seeded."""
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _notimplemented


# The module-level functions share one hidden instance.
_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes

# (CPython reseeds the shared instance in a forked child, os.register_at_fork: pystm's os has no
# fork)
