# itertools for pystm: iterator building blocks. Written for pystm from the documented
# behaviour; no CPython code. Most tools are a small eager front function (it validates the
# arguments and calls iter() at once, so errors surface at the call as in CPython) returning a
# generator that does the work. count, repeat, groupby and the tee iterators are classes
# because they carry state visible from outside (repr, __length_hint__, __copy__, sub-groups).
# Object reprs differ from CPython's except count() and repeat().

import sys as _sys

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress',
           'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee', 'zip_longest']


def _index(v):
    if type(v) is int:
        return v
    m = getattr(type(v), '__index__', None)
    if m is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return m(v)


def _is_number(v):
    if isinstance(v, (int, float, complex)):
        return True
    t = type(v)
    return hasattr(t, '__index__') or hasattr(t, '__int__') or hasattr(t, '__float__')


# ---- infinite iterators ------------------------------------------------------------------

class count:
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""
    __slots__ = ('_cnt', '_step')

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._cnt = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._cnt
        self._cnt = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return 'count(%r)' % (self._cnt,)
        return 'count(%r, %r)' % (self._cnt, step)

    def __reduce__(self):
        return (type(self), (self._cnt, self._step))


def cycle(iterable):
    """cycle(p) --> p0, p1, ... plast, p0, p1, ..."""
    return _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


class repeat:
    """repeat(object [,times]) -> object repeated times times, or forever."""
    __slots__ = ('_object', '_times')

    def __init__(self, object, times=None):
        self._object = object
        if times is None:
            self._times = None
        else:
            times = _index(times)
            self._times = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        times = self._times
        if times is None:
            return self._object
        if times <= 0:
            raise StopIteration
        self._times = times - 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %d)' % (self._object, self._times)

    def __reduce__(self):
        if self._times is None:
            return (type(self), (self._object,))
        return (type(self), (self._object, self._times))


# ---- iterators terminating on the shortest input -----------------------------------------

def accumulate(iterable, func=None, *, initial=None):
    """Return series of accumulated sums (or other binary function results)."""
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        for total in it:
            break
        else:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def chain(*iterables):
    """chain(*iterables) --> elements of each iterable in turn."""
    return _chain_from(iterables)


def _chain_from(iterables):
    for it in iterables:
        yield from it


def _from_iterable(iterable):
    """Alternative chain() constructor taking a single iterable argument of iterables."""
    return _chain_from(iterable)


chain.from_iterable = _from_iterable


def compress(data, selectors):
    """Return data elements corresponding to true selector elements."""
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    """Drop items from the iterable while predicate(item) is true, then yield the rest."""
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


def filterfalse(function, iterable):
    """Return the items of iterable for which function(item) is false (bool if None)."""
    return _filterfalse(function, iter(iterable))


def _filterfalse(function, it):
    if function is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not function(x):
                yield x


def takewhile(predicate, iterable):
    """Return successive entries from the iterable as long as predicate(entry) is true."""
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            return


def starmap(function, iterable):
    """Return function(*args) for each args tuple of iterable."""
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        if type(args) is not tuple:
            args = tuple(args)
        yield function(*args)


def pairwise(iterable):
    """Return successive overlapping pairs taken from the input iterator."""
    return _pairwise(iter(iterable))


def _pairwise(it):
    for a in it:
        break
    else:
        return
    for b in it:
        yield (a, b)
        a = b


def zip_longest(*iterables, **kwargs):
    """Zip the iterables, padding the shorter ones with fillvalue (default None)."""
    fillvalue = None
    if kwargs:
        if len(kwargs) != 1 or 'fillvalue' not in kwargs:
            raise TypeError('zip_longest() got an unexpected keyword argument')
        fillvalue = kwargs['fillvalue']
    return _zip_longest([iter(it) for it in iterables], fillvalue)


def _zip_longest(iterators, fillvalue):
    n = len(iterators)
    if n == 0:
        return
    active = n
    nexts = [it.__next__ for it in iterators]
    while True:
        values = []
        for i in range(n):
            nxt = nexts[i]
            if nxt is None:
                values.append(fillvalue)
                continue
            try:
                values.append(nxt())
            except StopIteration:
                active -= 1
                if active == 0:
                    return
                nexts[i] = None
                values.append(fillvalue)
        yield tuple(values)


def islice(*args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step]) --> elements of
    iterable[start:stop:step], lazily."""
    nargs = len(args)
    if nargs < 2:
        raise TypeError('islice expected at least 2 arguments, got %d' % nargs)
    if nargs > 4:
        raise TypeError('islice expected at most 4 arguments, got %d' % nargs)
    iterable = args[0]
    start = 0
    step = 1
    if nargs == 2:
        stop = args[1]
        if stop is not None:
            stop = _slice_arg(stop)
            if stop is None:
                raise ValueError('Stop argument for islice() must be None or an integer: '
                                 '0 <= x <= sys.maxsize.')
    else:
        start = args[1]
        stop = args[2]
        bad = False
        if start is None:
            start = 0
        else:
            start = _slice_arg(start)
            bad = start is None
        if stop is not None:
            stop = _slice_arg(stop)
            bad = bad or stop is None
        if bad:
            raise ValueError('Indices for islice() must be None or an integer: '
                             '0 <= x <= sys.maxsize.')
        if nargs == 4 and args[3] is not None:
            step = _slice_arg(args[3])
            if step is None or step == 0:
                raise ValueError('Step for islice() must be a positive integer or None.')
    return _islice(iter(iterable), start, stop, step)


def _slice_arg(v):
    # A non-negative index <= sys.maxsize, or None when v is not one.
    if type(v) is not int:
        m = getattr(type(v), '__index__', None)
        if m is None:
            return None
        v = m(v)
    if v < 0 or v > _sys.maxsize:
        return None
    return v


def _islice(it, start, stop, step):
    cnt = 0
    nxt = start
    while True:
        while cnt < nxt:
            for _ in it:
                break
            else:
                return
            cnt += 1
        if stop is not None and cnt >= stop:
            return
        for item in it:
            break
        else:
            return
        cnt += 1
        nxt += step
        if stop is not None and nxt > stop:
            nxt = stop
        yield item


class groupby:
    """groupby(iterable, key=None) -> make an iterator that returns consecutive keys and
    groups from the iterable; a group becomes empty once the groupby advances past it."""
    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_currkey', '_currvalue', '_token')

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _MISSING
        self._currkey = _MISSING
        self._currvalue = _MISSING
        self._token = None

    def __iter__(self):
        return self

    def _step(self):
        # Fetch the next value and its key; StopIteration propagates.
        value = next(self._it)
        keyfunc = self._keyfunc
        self._currkey = value if keyfunc is None else keyfunc(value)
        self._currvalue = value

    def __next__(self):
        token = object()
        self._token = token     # invalidates the previous group
        while True:
            currkey = self._currkey
            if currkey is not _MISSING:
                tgtkey = self._tgtkey
                if tgtkey is _MISSING:
                    break
                if not (tgtkey is currkey or tgtkey == currkey):
                    break
            self._step()
        self._tgtkey = self._currkey
        return (self._currkey, self._grouper(self._tgtkey, token))

    def _grouper(self, tgtkey, token):
        # A group yields while it is the current one and the current key equals its key.
        while self._token is token:
            if self._currvalue is _MISSING:
                try:
                    self._step()
                except StopIteration:
                    return
            currkey = self._currkey
            if not (tgtkey is currkey or tgtkey == currkey):
                return
            value = self._currvalue
            self._currvalue = _MISSING
            yield value


_MISSING = object()


# ---- tee ---------------------------------------------------------------------------------

class _TeeSource:
    """The iterator shared by a group of tee() iterators; `running` while one of them is
    fetching from it (a re-entrant or concurrent fetch is CPython's RuntimeError)."""
    __slots__ = ('it', 'running')

    def __init__(self, it):
        self.it = it
        self.running = False


class _tee:
    """One of the independent iterators returned by tee(); copies share a linked buffer.
    _tee(iterable) makes a new one (a copy when iterable is a _tee)."""
    __slots__ = ('_src', '_link', '__weakref__')

    def __new__(cls, iterable, /):
        if isinstance(iterable, _tee):
            return iterable.__copy__()
        return cls._make(_TeeSource(iter(iterable)), [None, None])

    @classmethod
    def _make(cls, src, link):
        # A link is [value, next_link]; next_link None means the value is not fetched yet.
        self = object.__new__(cls)
        self._src = src
        self._link = link
        return self

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link[1] is None:
            src = self._src
            if src.running:
                raise RuntimeError('cannot re-enter the tee iterator')
            src.running = True
            try:
                value = next(src.it)
            finally:
                src.running = False
            if link[1] is None:
                link[0] = value
                link[1] = [None, None]
        self._link = link[1]
        return link[0]

    def __copy__(self):
        return _tee._make(self._src, self._link)


def tee(iterable, n=2):
    """Return a tuple of n independent iterators over iterable."""
    n = _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    if n == 0:
        return ()
    copy = getattr(it, '__copy__', None)
    first = it if copy is not None else _tee._make(_TeeSource(it), [None, None])
    result = [first]
    current = first
    for _ in range(n - 1):
        current = current.__copy__()
        result.append(current)
    return tuple(result)


# ---- combinatoric iterators --------------------------------------------------------------

def product(*iterables, repeat=1):
    """Cartesian product of input iterables; product(A, repeat=2) is product(A, A)."""
    repeat = _index(repeat)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(p) for p in iterables] * repeat
    return _product(pools)


def _product(pools):
    n = len(pools)
    if n == 0:
        yield ()
        return
    for pool in pools:
        if not pool:
            return
    indices = [0] * n
    sizes = [len(pool) for pool in pools]
    result = [pool[0] for pool in pools]
    yield tuple(result)
    while True:
        i = n - 1
        while i >= 0:
            k = indices[i] + 1
            if k < sizes[i]:
                indices[i] = k
                result[i] = pools[i][k]
                break
            indices[i] = 0
            result[i] = pools[i][0]
            i -= 1
        if i < 0:
            return
        yield tuple(result)


def permutations(iterable, r=None):
    """Successive r-length permutations of elements in the iterable, in index order."""
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    else:
        if not isinstance(r, int):
            raise TypeError('Expected int as r')
        r = int(r)
        if r < 0:
            raise ValueError('r must be non-negative')
    return _permutations(pool, n, r)


def _permutations(pool, n, r):
    if r > n:
        return
    chosen = list(range(r))
    used = [False] * n
    for k in chosen:
        used[k] = True
    yield tuple([pool[k] for k in chosen])
    while True:
        i = r - 1
        while i >= 0:
            cur = chosen[i]
            used[cur] = False
            j = cur + 1
            while j < n and used[j]:
                j += 1
            if j < n:
                chosen[i] = j
                used[j] = True
                k = 0
                for m in range(i + 1, r):
                    while used[k]:
                        k += 1
                    chosen[m] = k
                    used[k] = True
                break
            i -= 1
        if i < 0:
            return
        yield tuple([pool[k] for k in chosen])


def combinations(iterable, r):
    """Successive r-length combinations of elements in the iterable, in index order."""
    r = _index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations(tuple(iterable), r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[k] for k in indices])
    while True:
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        v = indices[i] + 1
        for j in range(i, r):
            indices[j] = v
            v += 1
        yield tuple([pool[k] for k in indices])


def combinations_with_replacement(iterable, r):
    """Successive r-length combinations allowing individual elements to repeat."""
    r = _index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations_wr(tuple(iterable), r)


def _combinations_wr(pool, r):
    n = len(pool)
    if n == 0 and r > 0:
        return
    indices = [0] * r
    yield tuple([pool[k] for k in indices])
    while True:
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            return
        v = indices[i] + 1
        for j in range(i, r):
            indices[j] = v
        yield tuple([pool[k] for k in indices])
