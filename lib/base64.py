"""base64 for pystm: Base16, Base32 (and base32hex), Base64 (standard and URL-safe), Base85 and
Ascii85 encodings of binary data (RFC 4648). Our own code following CPython 3.11's base64.py:
Base64, Base16 and Base32 are single calls into the native binascii (no Python loop over the
data; Base32 through _pystm_base32, as CPython's binascii has none); the 85
codecs work a quantum (4 bytes) at a time through pair tables, a struct unpack of the whole
input and one join, so they are linear. Messages are CPython's.
`python -m base64` runs main() as CPython's."""

import binascii
import struct
import _pystm_base32 as _base32

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


def _input_type_check(s):
    try:
        m = memoryview(s)
    except TypeError as err:
        msg = 'expected bytes-like object, not %s' % s.__class__.__name__
        raise TypeError(msg) from err
    with m:
        if m.format not in ('c', 'b', 'B'):
            raise TypeError('expected single byte elements, not %r from %s' % (m.format, s.__class__.__name__))
        if m.ndim != 1:
            raise TypeError('expected 1-D data, not %d-D data from %s' % (m.ndim, s.__class__.__name__))


def _data(s):
    """Any bytes-like object as bytes (memoryview's tobytes for the other buffers)."""
    if isinstance(s, bytes_types):
        return s
    with memoryview(s) as view:
        return view.tobytes()


# ── Base64 ──

def b64encode(s, altchars=None):
    """Base64 of a bytes-like object; altchars replaces '+' and '/'."""
    encoded = binascii.b2a_base64(s, newline=False)
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
    return _base32.encode(_data(s), alphabet)  # (native: vm/modules/binascii_base32.ts)


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
    return _base32.decode(s, alphabet)


def b32encode(s):
    """Base32 of a bytes-like object."""
    return _base32.encode(_data(s), _B32)


def b32decode(s, casefold=False, map01=None):
    """The data of Base32 text (casefold: accept lowercase; map01: what '1' stands for)."""
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    return _base32.encode(_data(s), _B32HEX)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX, s, casefold)


# ── Base16 ──

_UPPER = bytes.maketrans(b'abcdef', b'ABCDEF')


def b16encode(s):
    """Base16 (uppercase hexadecimal) of a bytes-like object."""
    return binascii.hexlify(s).translate(_UPPER)


def b16decode(s, casefold=False):
    """The data of Base16 text (uppercase digits unless casefold)."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if s.translate(None, b'0123456789ABCDEF'):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# ── Ascii85 and Base85 ──

_A85START = b'<~'
_A85END = b'~>'
_A85DIGITS = bytes(range(33, 118))
_A85VALUES = bytes((c - 33) % 256 for c in range(256))
_B85 = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')
_B85VALUES = bytes(_B85.index(c) if c in _B85 else 0 for c in range(256))
_85tables = {}


def _85encode(b, chars, pad=False, foldnuls=False, foldspaces=False):
    tables = _85tables.get(chars)
    if tables is None:
        one = [bytes((c,)) for c in chars]
        tables = _85tables[chars] = (one, [x + y for x in one for y in one])
    one, two = tables
    b = _data(b)
    padding = (-len(b)) % 4
    if padding:
        b = b + b'\0' * padding
    words = struct.unpack('>%dI' % (len(b) // 4), b)
    chunks = [b'z' if foldnuls and not w else
              b'y' if foldspaces and w == 0x20202020 else
              two[w // 614125] + two[w // 85 % 7225] + one[w % 85]
              for w in words]
    if padding and not pad:
        if chunks[-1] == b'z':
            chunks[-1] = one[0] * 5
        chunks[-1] = chunks[-1][:-padding]
    return b''.join(chunks)


def _85words(v):
    """The 32-bit words of digit values v (5 per word, most significant first): may pass 2**32."""
    return [(((v[i] * 85 + v[i + 1]) * 85 + v[i + 2]) * 85 + v[i + 3]) * 85 + v[i + 4]
            for i in range(0, len(v), 5)]


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Ascii85 of a bytes-like object."""
    result = _85encode(b, _A85DIGITS, pad, True, foldspaces)
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


def _a85decode_stepwise(b, foldspaces, ignorechars):
    # one character at a time, as CPython: the errors come in the order of the text
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


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\x0b'):
    """The data of Ascii85 text."""
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(_A85END):
            raise ValueError('Ascii85 encoded byte sequences must end with {!r}'.format(_A85END))
        b = b[2:-2] if b.startswith(_A85START) else b[:-2]
    # whole-text steps: drop the ignored characters, expand z (and y) where they stand between
    # groups; anything else (an error to report in text order) goes character by character
    try:
        skip = bytes(c for c in ignorechars if not (33 <= c <= 117 or c == 122 or (foldspaces and c == 121)))
    except TypeError:
        return _a85decode_stepwise(b, foldspaces, ignorechars)
    data = b.translate(None, skip) if skip else b
    if data.translate(None, _A85DIGITS + (b'zy' if foldspaces else b'z')):
        return _a85decode_stepwise(b, foldspaces, ignorechars)
    if 122 in data or (foldspaces and 121 in data):
        parts = []
        for zpart in data.split(b'z'):
            parts.append([p for p in zpart.split(b'y')] if foldspaces else [zpart])
        flat = [p for ps in parts for p in ps]
        if any(len(p) % 5 for p in flat[:-1]):
            return _a85decode_stepwise(b, foldspaces, ignorechars)
        data = b'!!!!!'.join([b'+<VdL'.join(ps) for ps in parts])
    rest = len(data) % 5
    if rest:
        data += b'u' * (5 - rest)
    words = _85words(data.translate(_A85VALUES))
    try:
        out = struct.pack('>%dI' % len(words), *words)
    except struct.error:
        raise ValueError('Ascii85 overflow') from None
    return out[:len(out) - (5 - rest)] if rest else out


def b85encode(b, pad=False):
    """Base85 (as in git binary patches) of a bytes-like object."""
    return _85encode(b, _B85, pad)


def b85decode(b):
    """The data of Base85 text."""
    b = _bytes_from_decode_data(b)
    if b.translate(None, _B85):
        for i, c in enumerate(b):
            if c not in _B85:
                raise ValueError('bad base85 character at position %d' % i)
    padding = (-len(b)) % 5
    b = b + b'~' * padding
    words = _85words(b.translate(_B85VALUES))
    try:
        out = struct.pack('>%dI' % len(words), *words)
    except struct.error:
        for i, w in enumerate(words):
            if w > 0xFFFFFFFF:
                raise ValueError('base85 overflow in hunk starting at byte %d' % (5 * i)) from None
        raise
    return out[:-padding] if padding else out


# ── MIME (76-character lines) ──

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encodebytes(s):
    """Base64 in lines of at most 76 characters, each ending with a newline."""
    _input_type_check(s)
    s = _data(s)
    return b''.join([binascii.b2a_base64(s[i:i + MAXBINSIZE]) for i in range(0, len(s), MAXBINSIZE)])


def decodebytes(s):
    """The data of base64 lines."""
    _input_type_check(s)
    return binascii.a2b_base64(s)


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


def main():
    """Small main program (`python -m base64`, as CPython's)."""
    import sys, getopt
    usage = """usage: %s [-h|-d|-e|-u|-t] [file|-]
        -h: print this help message and exit
        -d, -u: decode
        -e: encode (default)
        -t: encode and decode string 'Aladdin:open sesame'""" % sys.argv[0]
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'hdeut')
    except getopt.error as msg:
        sys.stdout = sys.stderr
        print(msg)
        print(usage)
        sys.exit(2)
    func = encode
    for o, a in opts:
        if o == '-e': func = encode
        if o == '-d': func = decode
        if o == '-u': func = decode
        if o == '-t': test(); return
        if o == '-h': print(usage); return
    if args and args[0] != '-':
        with open(args[0], 'rb') as f:
            func(f, sys.stdout.buffer)
    else:
        func(sys.stdin.buffer, sys.stdout.buffer)


def test():
    s0 = b"Aladdin:open sesame"
    print(repr(s0))
    s1 = encodebytes(s0)
    print(repr(s1))
    s2 = decodebytes(s1)
    print(repr(s2))
    assert s0 == s2


if __name__ == '__main__':
    main()
