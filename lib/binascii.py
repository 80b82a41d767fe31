"""binascii for pystm: conversions between binary data and ASCII encodings (hex, base64,
uuencode, quoted-printable) and the CRC-32 / CRC-CCITT checksums. Our own code, in Python; the
standard library's base64, uu and quopri modules run on it. Messages follow CPython 3.11."""


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = 'binascii'
Incomplete.__module__ = 'binascii'

_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUE = {c: i for i, c in enumerate(_B64)}


def _bytes(data):
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    try:
        view = memoryview(data)  # any other buffer (array.array)
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'") from None
    with view:
        return view.tobytes()


def _ascii(data):
    # the a2b_* functions also take ASCII-only str
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    return _bytes(data)


def hexlify(data, sep=None, bytes_per_sep=1):
    """The hexadecimal representation of binary data (two digits per byte)."""
    data = _bytes(data)
    if sep is None:
        return data.hex().encode('ascii')
    return data.hex(sep, bytes_per_sep).encode('ascii')


b2a_hex = hexlify


def unhexlify(hexstr):
    """The binary data of a string of hexadecimal digits (an even number of them)."""
    data = _ascii(hexstr)
    if len(data) % 2:
        raise Error('Odd-length string')
    try:
        return bytes.fromhex(data.decode('ascii').replace(' ', 'x'))
    except ValueError:
        raise Error('Non-hexadecimal digit found') from None


a2b_hex = unhexlify


def b2a_base64(data, *, newline=True):
    """Base64 of binary data, with a newline at the end unless newline=False."""
    data = _bytes(data)
    out = bytearray()
    n = len(data)
    full = n - n % 3
    for i in range(0, full, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63], _B64[v & 63]))
    rest = n - full
    if rest == 1:
        v = data[full] << 16
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63])) + b'=='
    elif rest == 2:
        v = (data[full] << 16) | (data[full + 1] << 8)
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63])) + b'='
    if newline:
        out += b'\n'
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    """The binary data of base64 text. Characters outside the alphabet are skipped, and the first
    complete padding ends the data, unless strict_mode."""
    data = _ascii(data)
    if strict_mode and data[:1] == b'=':
        raise Error('Leading padding not allowed')
    out = bytearray()
    position = 0  # within the current group of 4 characters
    left = 0
    pads = 0
    padding_started = False
    for i, c in enumerate(data):
        if c == 0x3D:  # '='
            padding_started = True
            if position >= 2:
                pads += 1
                if position + pads >= 4:
                    if strict_mode and i + 1 < len(data):
                        raise Error('Excess data after padding')
                    return bytes(out)
            continue
        value = _B64_VALUE.get(c)
        if value is None:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        if position == 0:
            left = value
            position = 1
        elif position == 1:
            out.append(((left << 2) | (value >> 4)) & 0xFF)
            left = value & 0x0F
            position = 2
        elif position == 2:
            out.append(((left << 4) | (value >> 2)) & 0xFF)
            left = value & 0x03
            position = 3
        else:
            out.append(((left << 6) | value) & 0xFF)
            position = 0
    if position == 1:
        raise Error('Invalid base64-encoded string: number of data characters (%d) cannot be 1 more '
                    'than a multiple of 4' % (len(out) // 3 * 4 + 1))
    if position != 0:
        raise Error('Incorrect padding')
    return bytes(out)


def _crc32_table():
    table = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC32 = _crc32_table()


def crc32(data, crc=0):
    """The CRC-32 of data, continuing from crc."""
    data = _bytes(data)
    crc = (~crc) & 0xFFFFFFFF
    table = _CRC32
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return (~crc) & 0xFFFFFFFF


def crc_hqx(data, value):
    """The CRC-CCITT (XMODEM) of data, continuing from value."""
    data = _bytes(data)
    crc = value & 0xFFFF
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc


def b2a_uu(data, *, backtick=False):
    """One uuencoded line (at most 45 bytes of data)."""
    data = _bytes(data)
    if len(data) > 45:
        raise Error('At most 45 bytes at once')

    def char(v):
        return 0x60 if backtick and v == 0 else 0x20 + v

    out = bytearray([char(len(data))])
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3] + b'\0' * (3 - len(data[i:i + 3]))
        v = (chunk[0] << 16) | (chunk[1] << 8) | chunk[2]
        out += bytes((char(v >> 18), char((v >> 12) & 63), char((v >> 6) & 63), char(v & 63)))
    out += b'\n'
    return bytes(out)


def a2b_uu(data):
    """The data of one uuencoded line."""
    data = _ascii(data).rstrip(b'\n\r')
    if not data:
        return b'\0' * 32
    length = (data[0] - 0x20) & 63
    out = bytearray()
    acc = 0
    bits = 0
    for c in data[1:]:
        if c == 0x60:
            c = 0x20
        if c < 0x20 or c > 0x60:
            if c in b' \t':
                continue
            raise Error('Illegal char')
        acc = (acc << 6) | ((c - 0x20) & 63)
        bits += 6
        if bits >= 8:
            bits -= 8
            if len(out) < length:
                out.append((acc >> bits) & 0xFF)
    if len(out) < length:
        out += b'\0' * (length - len(out))
    return bytes(out)


def b2a_qp(data, quotetabs=False, istext=True, header=False):
    """Quoted-printable encoding of data."""
    data = _bytes(data)
    out = bytearray()
    line_length = 0

    def emit(piece):
        nonlocal line_length
        if line_length + len(piece) > 75:
            out.extend(b'=\n')
            line_length = 0
        out.extend(piece)
        line_length += len(piece)

    i = 0
    while i < len(data):
        c = data[i]
        at_line_end = i + 1 == len(data) or data[i + 1] in (0x0A, 0x0D)
        if istext and c == 0x0A:
            out.append(c)
            line_length = 0
        elif istext and c == 0x0D and i + 1 < len(data) and data[i + 1] == 0x0A:
            out.extend(b'\r\n')
            line_length = 0
            i += 1
        elif header and c == 0x20:
            emit(b'_')
        elif (c == 0x3D or c > 126 or (c < 32 and c not in (9,)) or (c in (9, 0x20) and (quotetabs or at_line_end))
              or (header and c == 0x5F) or (c == 0x2E and line_length == 0 and at_line_end)):
            emit(b'=%02X' % c)
        else:
            emit(bytes((c,)))
        i += 1
    return bytes(out)


def a2b_qp(data, header=False):
    """The data of quoted-printable text."""
    data = _ascii(data)
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        if c == 0x3D:
            if i + 1 < n and data[i + 1] in (0x0A, 0x0D):  # soft line break
                i += 2 if data[i + 1] == 0x0D and i + 2 < n and data[i + 2] == 0x0A else 1
                i += 1
                continue
            if i + 1 >= n:
                break
            digits = data[i + 1:i + 3]
            try:
                out.append(int(digits, 16))
                i += 3
                continue
            except ValueError:
                out.append(c)
        elif header and c == 0x5F:
            out.append(0x20)
        else:
            out.append(c)
        i += 1
    return bytes(out)
