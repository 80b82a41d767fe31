# The 'punycode' codec (RFC 3492, Bootstring with the parameters of section 5), written for
# pystm from the RFC; _codecs_own.py registers it. To encode: the basic code points (below
# U+0080) in order, a '-' if there were any, then the deltas of the others as variable-length
# base-36 integers. Decoding reads bytes (or an ASCII str); the part after the last '-' is read
# case-insensitively. With errors 'ignore' or 'replace' a bad integer ends the decoding and the
# text decoded so far is returned; a code point past U+10FFFF becomes '?'.

_BASE = 36
_TMIN = 1
_TMAX = 26
_SKEW = 38
_DAMP = 700
_INITIAL_BIAS = 72
_INITIAL_N = 0x80
_DIGITS = b'abcdefghijklmnopqrstuvwxyz0123456789'


def _threshold(k, bias):
    t = k - bias
    return _TMIN if t < _TMIN else _TMAX if t > _TMAX else t


def _adapt(delta, points, first):
    delta = delta // _DAMP if first else delta // 2
    delta += delta // points
    k = 0
    while delta > ((_BASE - _TMIN) * _TMAX) // 2:
        delta //= _BASE - _TMIN
        k += _BASE
    return k + (_BASE - _TMIN + 1) * delta // (delta + _SKEW)


def _write_integer(out, q, bias):
    k = _BASE
    while True:
        t = _threshold(k, bias)
        if q < t:
            out.append(_DIGITS[q])
            return
        out.append(_DIGITS[t + (q - t) % (_BASE - t)])
        q = (q - t) // (_BASE - t)
        k += _BASE


def encode_text(text):
    codes = [ord(c) for c in text]
    out = bytearray(c for c in codes if c < _INITIAL_N)
    basic = len(out)
    if basic:
        out.append(0x2D)
    n = _INITIAL_N
    delta = 0
    bias = _INITIAL_BIAS
    handled = basic
    for m in sorted(set(c for c in codes if c >= _INITIAL_N)):
        delta += (m - n) * (handled + 1)
        n = m
        for c in codes:
            if c < n:
                delta += 1
            elif c == n:
                _write_integer(out, delta, bias)
                bias = _adapt(delta, handled + 1, handled == basic)
                delta = 0
                handled += 1
        delta += 1
        n += 1
    return bytes(out)


class _Incomplete(Exception):
    pass


def _digit_value(ch, errors):
    if 0x41 <= ch <= 0x5A:
        return ch - 0x41
    if 0x30 <= ch <= 0x39:
        return ch - 0x30 + 26
    if errors == 'strict':
        raise UnicodeError("Invalid extended code point '%s'" % chr(ch))
    return None


def decode_bytes(data, errors):
    """The text `data` (bytes, or an ASCII str) encodes: the basic part decoded with `errors`."""
    if isinstance(data, str):
        data = data.encode('ascii')
    else:
        data = bytes(data)
    dash = data.rfind(b'-')
    if dash < 0:
        chars = []
        extended = str(data, 'ascii').upper().encode('ascii')
    else:
        chars = list(str(data[:dash], 'ascii', errors))
        extended = str(data[dash + 1:], 'ascii').upper().encode('ascii')
    n = _INITIAL_N
    i = -1
    bias = _INITIAL_BIAS
    pos = 0
    while pos < len(extended):
        start = pos
        # one variable-length integer
        delta = 0
        weight = 1
        k = _BASE
        while True:
            if pos >= len(extended):
                if errors == 'strict':
                    raise UnicodeError('incomplete punicode string')
                return ''.join(chars)
            d = _digit_value(extended[pos], errors)
            pos += 1
            if d is None:
                return ''.join(chars)
            t = _threshold(k, bias)
            delta += d * weight
            if d < t:
                break
            weight *= _BASE - t
            k += _BASE
        i += delta + 1
        n += i // (len(chars) + 1)
        if n > 0x10FFFF:
            if errors == 'strict':
                raise UnicodeError('Invalid character U+%x' % n)
            n = ord('?')
        i %= len(chars) + 1
        chars.insert(i, chr(n))
        bias = _adapt(delta, len(chars), start == 0)
    return ''.join(chars)


def encode(input, errors='strict'):
    return (encode_text(input), len(input))


def decode(input, errors='strict'):
    if errors not in ('strict', 'replace', 'ignore'):
        raise UnicodeError('Unsupported error handling ' + errors)
    return (decode_bytes(input, errors), len(input))
