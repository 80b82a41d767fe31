# bisect for pystm: binary search in sorted sequences, and insertion keeping them sorted.
# Written for pystm from the documented behaviour; no CPython code. Only `<` is used, with the
# searched value always on the same side as in CPython (x < a[mid] for the right variants,
# a[mid] < x for the left ones). `key` applies to the sequence items only, never to x, except
# that insort_*() call key(x) themselves. hi=None (or -1, as in CPython's C version) means len(a).

__all__ = ['bisect_left', 'bisect_right', 'insort_left', 'insort_right', 'bisect', 'insort']


def _index(v):
    if type(v) is int:
        return v
    m = getattr(type(v), '__index__', None)
    if m is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return m(v)


def _hi_index(v):
    if type(v) is int:
        return v
    if getattr(type(v), '__index__', None) is None:
        raise TypeError("argument should be integer or None, not '%s'" % type(v).__name__)
    return type(v).__index__(v)


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Return the index after the last item <= x in the sorted slice a[lo:hi]."""
    lo = _index(lo)
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    else:
        hi = _hi_index(hi)
        if hi == -1:
            hi = len(a)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < a[mid]:
                hi = mid
            else:
                lo = mid + 1
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < key(a[mid]):
                hi = mid
            else:
                lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Return the index of the first item >= x in the sorted slice a[lo:hi]."""
    lo = _index(lo)
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    else:
        hi = _hi_index(hi)
        if hi == -1:
            hi = len(a)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into a after any items equal to it, keeping a sorted."""
    if key is None:
        lo = bisect_right(a, x, lo, hi)
    else:
        lo = bisect_right(a, key(x), lo, hi, key=key)
    a.insert(lo, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into a before any items equal to it, keeping a sorted."""
    if key is None:
        lo = bisect_left(a, x, lo, hi)
    else:
        lo = bisect_left(a, key(x), lo, hi, key=key)
    a.insert(lo, x)


# the native versions (vm/modules/bisect_native.ts), as CPython's bisect.py takes _bisect's
try:
    from _bisect import *
except ImportError:
    pass

bisect = bisect_right
insort = insort_right
