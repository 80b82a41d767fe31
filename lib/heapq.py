# heapq for pystm: binary min-heaps kept in plain lists (heap[k] <= heap[2k+1], heap[2k+2]).
# Written for pystm from the documented behaviour; no CPython code. Only `<` is ever used to
# compare items, so heaps of tuples/objects behave as in CPython. Sifting follows the classic
# textbook scheme (pop moves the hole to a leaf, then bubbles the last item up), which yields
# the same list layout as CPython's heapq for the same operations.
# The *_max helpers maintain max-heaps; merge() and nlargest()/nsmallest() use them.

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, fname, which='argument 1'):
    if not isinstance(heap, list):
        got = 'None' if heap is None else type(heap).__name__
        raise TypeError('%s() %s must be list, not %s' % (fname, which, got))


def _siftdown(heap, startpos, pos):
    # Bubble heap[pos] up towards startpos while it is smaller than its parent.
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    # Move the hole at pos down to a leaf along the smaller children, then bubble up.
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    _check_list(heap, 'heappush')
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check_list(heap, 'heappop', 'argument')
    if not heap:
        raise IndexError('index out of range')
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item):
    """Pop and return the current smallest value, and add the new item."""
    _check_list(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item):
    """Fast version of a heappush followed by a heappop."""
    _check_list(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    _check_list(x, 'heapify', 'argument')
    for i in range(len(x) // 2 - 1, -1, -1):
        _siftup(x, i)


# ---- max-heap variants -------------------------------------------------------------------

def _siftdown_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)


def _heappop_max(heap):
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup_max(heap, 0)
        return returnitem
    return lastelt


def _heapreplace_max(heap, item):
    returnitem = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return returnitem


def _heapify_max(x):
    for i in range(len(x) // 2 - 1, -1, -1):
        _siftup_max(x, i)


# ---- merge / nsmallest / nlargest --------------------------------------------------------

def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into a single sorted output (a generator); stable across inputs.

    Each input must already be sorted; the inputs are read lazily, one item at a time:

    >>> list(merge([1, 4, 9], [2, 3, 10], [], [0, 5]))
    [0, 1, 2, 3, 4, 5, 9, 10]

    key= orders by a function of each item; equal keys keep the order of the inputs:

    >>> list(merge(['fig', 'pear'], ['kiwi', 'banana'], key=len))
    ['fig', 'pear', 'kiwi', 'banana']

    reverse=True merges inputs sorted from largest to smallest:

    >>> list(merge([9, 4, 1], [10, 3, 2], reverse=True))
    [10, 9, 4, 3, 2, 1]
    """
    if reverse:
        _heapify_ = _heapify_max
        _pop = _heappop_max
        _replace = _heapreplace_max
        direction = -1
    else:
        _heapify_ = heapify
        _pop = heappop
        _replace = heapreplace
        direction = 1
    # Entries are [key, order, value, next]; order breaks ties so that earlier inputs win.
    h = []
    order = 0
    for it in iterables:
        nxt = iter(it).__next__
        try:
            value = nxt()
        except StopIteration:
            order += 1
            continue
        if key is None:
            h.append([value, order * direction, value, nxt])
        else:
            h.append([key(value), order * direction, value, nxt])
        order += 1
    _heapify_(h)
    while len(h) > 1:
        try:
            while True:
                entry = h[0]
                yield entry[2]
                value = entry[3]()
                entry[0] = value if key is None else key(value)
                entry[2] = value
                _replace(h, entry)
        except StopIteration:
            _pop(h)
    if h:
        entry = h[0]
        yield entry[2]
        nxt = entry[3]
        while True:
            try:
                value = nxt()
            except StopIteration:
                return
            yield value


def nsmallest(n, iterable, key=None):
    """Equivalent to sorted(iterable, key=key)[:n]."""
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        if key is None:
            result = min(it, default=sentinel)
        else:
            result = min(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    if n <= 0:
        return []
    it = iter(iterable)
    # A max-heap of the n smallest seen so far; the index keeps the result stable.
    if key is None:
        result = []
        i = 0
        for elem in it:
            result.append((elem, i))
            i += 1
            if i == n:
                break
        if not result:
            return result
        _heapify_max(result)
        top = result[0][0]
        for elem in it:
            if elem < top:
                _heapreplace_max(result, (elem, i))
                top = result[0][0]
            i += 1
        result.sort()
        return [pair[0] for pair in result]
    result = []
    i = 0
    for elem in it:
        result.append((key(elem), i, elem))
        i += 1
        if i == n:
            break
    if not result:
        return result
    _heapify_max(result)
    top = result[0][0]
    for elem in it:
        k = key(elem)
        if k < top:
            _heapreplace_max(result, (k, i, elem))
            top = result[0][0]
        i += 1
    result.sort()
    return [triple[2] for triple in result]


def nlargest(n, iterable, key=None):
    """Equivalent to sorted(iterable, key=key, reverse=True)[:n]."""
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        if key is None:
            result = max(it, default=sentinel)
        else:
            result = max(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    if n <= 0:
        return []
    it = iter(iterable)
    # A min-heap of the n largest seen so far; a decreasing index keeps earlier items first.
    if key is None:
        result = []
        i = 0
        for elem in it:
            result.append((elem, i))
            i -= 1
            if i == -n:
                break
        if not result:
            return result
        heapify(result)
        top = result[0][0]
        for elem in it:
            if top < elem:
                heapreplace(result, (elem, i))
                top = result[0][0]
            i -= 1
        result.sort(reverse=True)
        return [pair[0] for pair in result]
    result = []
    i = 0
    for elem in it:
        result.append((key(elem), i, elem))
        i -= 1
        if i == -n:
            break
    if not result:
        return result
    heapify(result)
    top = result[0][0]
    for elem in it:
        k = key(elem)
        if top < k:
            heapreplace(result, (k, i, elem))
            top = result[0][0]
        i -= 1
    result.sort(reverse=True)
    return [triple[2] for triple in result]


# the native versions (vm/modules/heapq_native.ts), as CPython's heapq.py takes _heapq's
try:
    from _heapq import *
except ImportError:
    pass
try:
    from _heapq import _heapreplace_max
except ImportError:
    pass
try:
    from _heapq import _heapify_max
except ImportError:
    pass
try:
    from _heapq import _heappop_max
except ImportError:
    pass
