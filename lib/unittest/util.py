# unittest.util: small helpers shared by the unittest package (pystm's own implementation).
# safe_repr never raises; strclass names a class as "module.qualname"; shorten_reprs keeps
# failure messages readable for long values by eliding the middle of the common prefix and
# of each differing tail ("[N chars]"), so "a != b" messages stay under about 80 columns.
__unittest = True

MAX_REPR = 80


def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) > MAX_REPR:
        text = text[:MAX_REPR] + ' [truncated]...'
    return text


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def _elide(text, keep_front, keep_back):
    hidden = len(text) - keep_front - keep_back
    if hidden <= 12:
        return text
    return '%s[%d chars]%s' % (text[:keep_front], hidden, text[len(text) - keep_back:])


def _common_prefix(texts):
    first = min(texts)
    last = max(texts)
    n = 0
    limit = min(len(first), len(last))
    while n < limit and first[n] == last[n]:
        n += 1
    return first[:n]


def shorten_reprs(*values):
    """reprs of values for an "a != b" message, eliding long shared or trailing parts."""
    texts = [safe_repr(v) for v in values]
    longest = max(len(t) for t in texts)
    if longest <= MAX_REPR:
        return tuple(texts)
    prefix = _common_prefix(texts)
    n = len(prefix)
    room = MAX_REPR - (longest - n + 5 + 12)
    if room > 5:
        head = _elide(prefix, 5, room)
        return tuple(head + t[n:] for t in texts)
    head = _elide(prefix, 5, 5)
    tail_room = MAX_REPR - (5 + 12 + 5 + 12 + 5)
    return tuple(head + _elide(t[n:], tail_room, 5) for t in texts)


def sorted_list_difference(expected, actual):
    """(missing, unexpected) for two sorted lists."""
    i = j = 0
    missing = []
    unexpected = []
    while True:
        try:
            e = expected[i]
            a = actual[j]
            if e < a:
                missing.append(e)
                i += 1
                while expected[i] == e:
                    i += 1
            elif e > a:
                unexpected.append(a)
                j += 1
                while actual[j] == a:
                    j += 1
            else:
                i += 1
                try:
                    while expected[i] == e:
                        i += 1
                finally:
                    j += 1
                    while actual[j] == a:
                        j += 1
        except IndexError:
            missing.extend(expected[i:])
            unexpected.extend(actual[j:])
            break
    return missing, unexpected


def count_differences(first, second):
    """[(count_in_first, count_in_second, elem)] for elements whose counts differ; works for
    unhashable elements too (quadratic then)."""
    try:
        c1 = {}
        order = []
        for x in first:
            if x not in c1:
                order.append(x)
                c1[x] = 0
            c1[x] += 1
        c2 = {}
        for x in second:
            if x not in c2:
                if x not in c1:
                    order.append(x)
                c2[x] = 0
            c2[x] += 1
        out = []
        for x in order:
            a = c1.get(x, 0)
            b = c2.get(x, 0)
            if a != b:
                out.append((a, b, x))
        return out
    except TypeError:
        pass
    s = list(first)
    t = list(second)
    used_s = [False] * len(s)
    used_t = [False] * len(t)
    out = []
    for i, elem in enumerate(s):
        if used_s[i]:
            continue
        a = 0
        for k in range(i, len(s)):
            if not used_s[k] and s[k] == elem:
                used_s[k] = True
                a += 1
        b = 0
        for k in range(len(t)):
            if not used_t[k] and t[k] == elem:
                used_t[k] = True
                b += 1
        if a != b:
            out.append((a, b, elem))
    for i, elem in enumerate(t):
        if used_t[i]:
            continue
        b = 0
        for k in range(i, len(t)):
            if not used_t[k] and t[k] == elem:
                used_t[k] = True
                b += 1
        out.append((0, b, elem))
    return out


def line_diff(a_lines, b_lines):
    """A plain line diff ('- ', '+ ', '  ' prefixes) based on the longest common subsequence;
    used for multi-line failure messages (difflib is not required)."""
    n, m = len(a_lines), len(b_lines)
    if n * m > 250000:
        return ['- ' + x for x in a_lines] + ['+ ' + y for y in b_lines]
    lcs = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        row = lcs[i]
        below = lcs[i + 1]
        for j in range(m - 1, -1, -1):
            if a_lines[i] == b_lines[j]:
                row[j] = below[j + 1] + 1
            else:
                row[j] = below[j] if below[j] >= row[j + 1] else row[j + 1]
    out = []
    i = j = 0
    while i < n and j < m:
        if a_lines[i] == b_lines[j]:
            out.append('  ' + a_lines[i])
            i += 1
            j += 1
        elif lcs[i + 1][j] >= lcs[i][j + 1]:
            out.append('- ' + a_lines[i])
            i += 1
        else:
            out.append('+ ' + b_lines[j])
            j += 1
    out.extend('- ' + x for x in a_lines[i:])
    out.extend('+ ' + y for y in b_lines[j:])
    return out
