"""Pieces of JSON scanning shared by both halves of pystm's json: the pure-Python one (json.decoder,
json.scanner) and _json, our stand-in for CPython's C accelerator. The halves differ in their
messages and errors (CPython's tests check each), not in these: whitespace, hex and escape
tables, and where a JSON number ends. Private to pystm (CPython has no such module); written
for pystm.
"""

WS = ' \t\n\r'
DIGITS = '0123456789'
HEX = {}
for _i, _c in enumerate('0123456789abcdef'):
    HEX[_c] = _i
    HEX[_c.upper()] = _i
del _i, _c

BACKSLASH = {
    '"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}


def skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in WS:
        i += 1
    return i


def hex4(s, i):
    """The value of four hex digits at s[i:i+4], or -1."""
    if i + 4 > len(s):
        return -1
    v = 0
    for k in range(i, i + 4):
        d = HEX.get(s[k])
        if d is None:
            return -1
        v = v * 16 + d
    return v


def number_end(s, start):
    """(end, is_float) of the JSON number at s[start], or (-1, False)."""
    n = len(s)
    i = start
    if i < n and s[i] == '-':
        i += 1
    if i < n and s[i] == '0':
        i += 1
    elif i < n and '1' <= s[i] <= '9':
        i += 1
        while i < n and s[i] in DIGITS:
            i += 1
    else:
        return -1, False
    is_float = False
    if i + 1 < n and s[i] == '.' and s[i + 1] in DIGITS:
        i += 2
        while i < n and s[i] in DIGITS:
            i += 1
        is_float = True
    if i < n and (s[i] == 'e' or s[i] == 'E'):
        j = i + 1
        if j < n and (s[j] == '+' or s[j] == '-'):
            j += 1
        if j < n and s[j] in DIGITS:
            j += 1
            while j < n and s[j] in DIGITS:
                j += 1
            i = j
            is_float = True
    return i, is_float
