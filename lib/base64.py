"""base64 for pystm: Base16, Base32 (and base32hex), Base64 (standard and URL-safe), Base85 and
Ascii85 encodings of binary data (RFC 4648). Our own code over lib/binascii.py; behaviour and
messages follow CPython 3.11."""

import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode', 'b32encode',
           'b32decode', 'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode', 'b85encode',
           'b85decode', 'a85encode', 'a85decode', 'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode']

bytes_types = (bytes, bytearray)


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, bytes_types):
        return s
    try:
        view = memoryview(s)
    except TypeError:
        raise TypeError('argument should be a bytes-like object or ASCII string, not %r' % s.__class__.__name__) from None
    with view:  # (released at once: a live view forbids resizing)
        return view.tobytes()


def _data(s):
    if isinstance(s, str):
        raise TypeError(f"a bytes-like object is required, not '{type(s).__name__}'")
    return bytes(s) if not isinstance(s, bytes) else s


# ── Base64 ──

def b64encode(s, altchars=None):
    """Base64 of a bytes-like object; altchars replaces '+' and '/'."""
    encoded = binascii.b2a_base64(_data(s), newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b'+/', altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """The data of Base64 text; with validate, characters outside the alphabet are an error."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


_urlsafe_encode_translation = bytes.maketrans(b'+/', b'-_')
_urlsafe_decode_translation = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    return b64encode(s).translate(_urlsafe_encode_translation)


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    return b64decode(s.translate(_urlsafe_decode_translation))


# ── Base32 ──

_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'


def _b32encode(alphabet, s):
    s = _data(s)
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        v = int.from_bytes(chunk + b'\0' * (5 - len(chunk)), 'big')
        out += bytes(alphabet[(v >> (35 - 5 * k)) & 31] for k in range(8))
        if len(chunk) < 5:
            keep = {1: 2, 2: 4, 3: 5, 4: 7}[len(chunk)]
            out[-8 + keep:] = b'=' * (8 - keep)
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b'=')
    padding = len(s) - len(stripped)
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for i in range(0, len(stripped), 8):
        quanta = stripped[i:i + 8]
        v = 0
        for c in quanta:
            digit = values.get(c)
            if digit is None:
                raise binascii.Error('Non-base32 digit found')
            v = (v << 5) | digit
        v <<= 5 * (8 - len(quanta))
        out += v.to_bytes(5, 'big')
    if padding and stripped:
        if padding not in (1, 3, 4, 6):
            raise binascii.Error('Incorrect padding')
        keep = {1: 4, 3: 3, 4: 2, 6: 1}[padding]
        del out[len(out) - 5 + keep:]
    elif padding:
        raise binascii.Error('Incorrect padding')
    return bytes(out)


def b32encode(s):
    """Base32 of a bytes-like object."""
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    """The data of Base32 text (casefold: accept lowercase; map01: what '1' stands for)."""
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX, s, casefold)


# ── Base16 ──

def b16encode(s):
    """Base16 (uppercase hexadecimal) of a bytes-like object."""
    return binascii.hexlify(_data(s)).upper()


def b16decode(s, casefold=False):
    """The data of Base16 text (uppercase digits unless casefold)."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if any(c not in b'0123456789ABCDEF' for c in s):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# ── Ascii85 and Base85 ──

_A85START = b'<~'
_A85END = b'~>'


def _85encode(b, chars, pad=False, foldnuls=False, foldspaces=False):
    b = _data(b)
    padding = (-len(b)) % 4
    if padding:
        b = b + b'\0' * padding
    out = []
    for i in range(0, len(b), 4):
        word = int.from_bytes(b[i:i + 4], 'big')
        if foldnuls and word == 0:
            out.append(b'z')
        elif foldspaces and word == 0x20202020:
            out.append(b'y')
        else:
            digits = []
            for _ in range(5):
                word, r = divmod(word, 85)
                digits.append(chars[r])
            out.append(bytes(reversed(digits)))
    if padding and not pad:
        if out[-1] == b'z':
            out[-1] = chars[0:1] * 5
        out[-1] = out[-1][:-padding]
    return b''.join(out)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Ascii85 of a bytes-like object."""
    result = _85encode(b, bytes(range(33, 118)), pad, True, foldspaces)
    if adobe:
        result = _A85START + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        chunks = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe and len(chunks[-1]) + 2 > wrapcol:
            chunks.append(b'')
        result = b'\n'.join(chunks)
    if adobe:
        result += _A85END
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\x0b'):
    """The data of Ascii85 text."""
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(_A85END):
            raise ValueError('Ascii85 encoded byte sequences must end with {!r}'.format(_A85END))
        b = b[2:-2] if b.startswith(_A85START) else b[:-2]
    out = bytearray()
    group = []
    for x in b + b'u' * 4:
        if 33 <= x <= 117:
            group.append(x)
            if len(group) == 5:
                word = 0
                for c in group:
                    word = word * 85 + (c - 33)
                if word > 0xFFFFFFFF:
                    raise ValueError('Ascii85 overflow')
                out += word.to_bytes(4, 'big')
                group = []
        elif x == 122:  # z
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\0\0\0\0'
        elif foldspaces and x == 121:  # y
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif x in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % x)
    padding = 4 - len(group)
    if padding:
        del out[-padding:]
    return bytes(out)


_B85 = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')


def b85encode(b, pad=False):
    """Base85 (as in git binary patches) of a bytes-like object."""
    return _85encode(b, _B85, pad)


def b85decode(b):
    """The data of Base85 text."""
    b = _bytes_from_decode_data(b)
    values = {c: i for i, c in enumerate(_B85)}
    padding = (-len(b)) % 5
    b = b + b'~' * padding
    out = bytearray()
    for i in range(0, len(b), 5):
        word = 0
        for j, c in enumerate(b[i:i + 5]):
            v = values.get(c)
            if v is None:
                raise ValueError('bad base85 character at position %d' % (i + j))
            word = word * 85 + v
        if word > 0xFFFFFFFF:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i)
        out += word.to_bytes(4, 'big')
    if padding:
        del out[-padding:]
    return bytes(out)


# ── MIME (76-character lines) ──

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encodebytes(s):
    """Base64 in lines of at most 76 characters, each ending with a newline."""
    s = _data(s)
    return b''.join(binascii.b2a_base64(s[i:i + MAXBINSIZE]) for i in range(0, len(s), MAXBINSIZE))


def decodebytes(s):
    """The data of base64 lines."""
    return binascii.a2b_base64(_data(s))


def encode(input, output):
    """Base64 of a binary file's contents, written to another binary file."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(s))
            if not more:
                break
            s += more
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """The data of a binary file of base64 lines, written to another binary file."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
