# The stateful CJK codecs, hz and iso2022_{kr,jp,jp_1,jp_2,jp_2004,jp_3,jp_ext}, as engines for
# lib/_multibytecodec.py (its header describes the interface). Escape sequences designate
# character sets (lib/_cjk_charsets.py) into G0/G1/G2 and SO/SI shift between them; the state
# is CPython's bytes: c[0..3] the G0..G3 sets (CPython's marks: the final byte, | 0x80 for a
# two-byte set), c[4] the flags (1 shifted, 2 "escape throughout": an escape sequence this
# codec does not know passes through as Latin-1 up to its final byte). hz keeps its mode in
# c[0]. The behaviour is CPython 3.11's (Modules/cjkcodecs/_codecs_iso2022.c, _codecs_cn.c),
# quirks included, and compiler/tools/gen_cjk_stateful.py checks this file against it.
from _cjk_charsets import charset, PAIRS, ALIASES

TOOFEW = -1
ESC, SO, SI, LF = 0x1b, 0x0e, 0x0f, 0x0a
ASCII = 0x42
ISO8859_1, ISO8859_7 = 0x41, 0x46
DBCS = 0x80
SHIFTED, ESCTHROUGHOUT = 0x01, 0x02
NO_SHIFT, USE_G2, USE_JISX0208_EXT = 0x01, 0x02, 0x04
JISX0208 = ord('B') | DBCS


def _is_escend(c):
    return 0x41 <= c <= 0x5a or c == 0x40


class Designation:
    """A set the codec may designate: its mark, plane (G0/G1/G2), width, the charset, and
    whether it encodes only JIS X 0213's pairs of characters ('paironly')."""

    def __init__(self, mark, plane, width, name, paironly=False):
        self.mark, self.plane, self.width, self.name = mark, plane, width, name
        self.paironly = paironly
        self.charset = charset(name) if name is not None else None
        self.pairs = PAIRS.get(name, {})
        self.starters = frozenset(k[0] for k in self.pairs)

    def decode(self, data, pos):
        code = data[pos] if self.width == 1 else data[pos] << 8 | data[pos + 1]
        return self.charset.decode(code) if self.charset is not None else None


def _d(mark, plane, width, name, paironly=False):
    return Designation(mark, plane, width, name, paironly)


def _designations(codec):
    m = lambda c: ord(c) | DBCS
    jisx0208 = _d(m('B'), 0, 2, 'jisx0208')
    jisx0208_o = _d(m('@'), 0, 2, 'jisx0208')
    jisx0212 = _d(m('D'), 0, 2, 'jisx0212')
    jisx0201_r = _d(ord('J'), 0, 1, 'jisx0201_r')
    if codec == 'iso2022_kr':
        return 0, [_d(m('C'), 1, 2, 'ksx1001')]
    if codec == 'iso2022_jp':
        return NO_SHIFT | USE_JISX0208_EXT, [jisx0208, jisx0201_r, jisx0208_o]
    if codec == 'iso2022_jp_1':
        return NO_SHIFT | USE_JISX0208_EXT, [jisx0208, jisx0212, jisx0201_r, jisx0208_o]
    if codec == 'iso2022_jp_2':
        return NO_SHIFT | USE_G2 | USE_JISX0208_EXT, [
            jisx0208, jisx0212, _d(m('C'), 0, 2, 'ksx1001'), _d(m('A'), 0, 2, 'gb2312'), jisx0201_r,
            jisx0208_o, _d(ISO8859_1, 2, 1, None), _d(ISO8859_7, 2, 1, None)]
    if codec == 'iso2022_jp_2004':
        return NO_SHIFT | USE_JISX0208_EXT, [
            _d(m('Q'), 0, 2, 'jisx0213_2004_1', True), jisx0208, _d(m('Q'), 0, 2, 'jisx0213_2004_1'),
            _d(m('P'), 0, 2, 'jisx0213_2004_2')]
    if codec == 'iso2022_jp_3':
        return NO_SHIFT | USE_JISX0208_EXT, [
            _d(m('O'), 0, 2, 'jisx0213_2000_1', True), jisx0208, _d(m('O'), 0, 2, 'jisx0213_2000_1'),
            _d(m('P'), 0, 2, 'jisx0213_2000_2')]
    if codec == 'iso2022_jp_ext':
        return NO_SHIFT | USE_JISX0208_EXT, [
            jisx0208, jisx0212, jisx0201_r, _d(ord('I'), 0, 1, 'jisx0201_k'), jisx0208_o]
    raise LookupError(codec)


def _iso8859_7(c):
    """CPython's ISO8859_7_DECODE, or None."""
    if c < 0xa0:
        return c
    if c < 0xc0 and (0x288f3bc9 & (1 << (c - 0xa0))):
        return c
    if 0xb4 <= c <= 0xfe and (c >= 0xd4 or (0xbffffd77 & (1 << (c - 0xb4)))):
        return 0x02d0 + c
    return {0xa1: 0x2018, 0xa2: 0x2019, 0xaf: 0x2015}.get(c)


def _escape_of(mark):
    """The escape sequence the encoder designates a G0 set with."""
    if not mark & DBCS:
        return bytes((ESC, 0x28, mark))
    if mark == JISX0208:
        return bytes((ESC, 0x24, mark & 0x7f))
    return bytes((ESC, 0x24, 0x28, mark & 0x7f))


_ESCAPES = {mark: _escape_of(mark) for mark in range(0x40, 0x100) if mark != ASCII}


class ISO2022:
    quick_encode = quick_decode = None

    def __init__(self, codec):
        self.config, self.designations = _designations(codec)
        self.by_mark = {}
        for dsg in self.designations:
            self.by_mark.setdefault(dsg.mark, dsg)
        self._starters = frozenset().union(*(d.starters for d in self.designations))
        self._choice = {}  # character (not a pair's first) -> (designation, code, 1) or None
        self._fast = {}  # the same for G0 sets: character -> (mark, bytes)

    # -- encoder --
    def encinit(self):
        return bytearray((ASCII, ASCII, 0, 0, 0, 0, 0, 0))

    def encreset(self, state):
        out = bytearray()
        if state[4] & SHIFTED:
            out.append(SI)
            state[4] &= ~SHIFTED
        if state[0] != ASCII:
            out += b'\x1b(B'
            state[0] = ASCII
        return bytes(out)

    def _encode_one(self, text, pos, flush):
        """(designation, code, characters used), None (cannot), or TOOFEW."""
        ch = text[pos]
        if ch not in self._starters:
            try:
                return self._choice[ch]
            except KeyError:
                found = self._choice[ch] = self._search(text, pos, flush)
                if found is not None and found[0].plane == 0:
                    dsg, code = found[0], found[1]
                    self._fast[ch] = (dsg.mark, bytes((code,)) if dsg.width == 1 else bytes((code >> 8, code & 0xff)))
                return found
        return self._search(text, pos, flush)

    def _run(self, state, text, pos, out):
        """The common case in a few operations a character: ASCII and characters of G0 sets
        seen before (not a pair's first), while not shifted. Returns where it stopped."""
        g0 = state[0]
        fast = self._fast
        escape = _ESCAPES
        n = len(text)
        while pos < n:
            ch = text[pos]
            if ch < '\x80':
                if g0 != ASCII:
                    out += b'\x1b(B'
                    g0 = ASCII
                out.append(ord(ch))
            else:
                hit = fast.get(ch)
                if hit is None:
                    break
                if g0 != hit[0]:
                    g0 = hit[0]
                    out += escape[g0]
                out += hit[1]
            pos += 1
        state[0] = g0
        return pos

    def _search(self, text, pos, flush):
        ch = text[pos]
        for dsg in self.designations:
            if ch in dsg.starters:
                if pos + 1 >= len(text):
                    if not flush:
                        return TOOFEW
                else:
                    code = dsg.pairs.get(text[pos:pos + 2])
                    if code is not None:
                        return (dsg, code, 2)
                if dsg.paironly:
                    continue
            elif dsg.paironly:
                continue
            code = self._single(dsg, ch)
            if code is not None:
                return (dsg, code, 1)
        return None

    def _single(self, dsg, ch):
        if dsg.plane == 2:
            return None  # CPython's G2 sets have no encoder
        return dsg.charset.encode(ch)

    def encode(self, state, text, pos, flush):
        out = bytearray()
        n = len(text)
        while pos < n:
            if not state[4] & SHIFTED:
                pos = self._run(state, text, pos, out)
                if pos >= n:
                    break
            c = ord(text[pos])
            if c < 0x80:
                if state[0] != ASCII:
                    out += b'\x1b(B'
                    state[0] = ASCII
                if state[4] & SHIFTED:
                    out.append(SI)
                    state[4] &= ~SHIFTED
                out.append(c)
                pos += 1
                continue
            found = self._encode_one(text, pos, flush)
            if found == TOOFEW:
                return (bytes(out), pos, TOOFEW)
            if found is None:
                return (bytes(out), pos, 1)
            dsg, code, size = found
            if dsg.plane == 0:
                if state[4] & SHIFTED:
                    out.append(SI)
                    state[4] &= ~SHIFTED
                if state[0] != dsg.mark:
                    out += _ESCAPES[dsg.mark]
                    state[0] = dsg.mark
            else:
                if state[1] != dsg.mark:
                    if dsg.width == 1:
                        out += bytes((ESC, 0x29, dsg.mark & 0x7f))
                    else:
                        out += bytes((ESC, 0x24, 0x29, dsg.mark & 0x7f))
                    state[1] = dsg.mark
                if not state[4] & SHIFTED:
                    out.append(SO)
                    state[4] |= SHIFTED
            if dsg.width == 1:
                out.append(code)
            else:
                out += bytes((code >> 8, code & 0xff))
            pos += size
        return (bytes(out), pos, 0)

    # -- decoder --
    def decinit(self):
        return bytearray((ASCII, ASCII, ASCII, 0, 0, 0, 0, 0))

    def decreset(self, state):
        state[0] = ASCII
        state[4] &= ~SHIFTED

    def _escape(self, state, data, pos):
        """Process the escape sequence at pos: (0, its length), or (error, 0)."""
        n = len(data) - pos
        ext = self.config & USE_JISX0208_EXT
        i = 1
        esclen = 0
        while i < 16:
            if i >= n:
                return (TOOFEW, 0)
            b = data[pos + i]
            if _is_escend(b):
                esclen = i + 1
                break
            if ext and i + 1 < n and b == 0x26 and data[pos + i + 1] == 0x40:
                i += 2
            i += 1
        if esclen == 0:
            return (1, 0)  # unterminated escape sequence
        in2 = data[pos + 1]
        if esclen == 3:
            in3 = data[pos + 2]
            if in2 == 0x24:
                cs, g = in3 | DBCS, 0
            else:
                cs = in3
                if in2 == 0x28:
                    g = 0
                elif in2 == 0x29:
                    g = 1
                elif self.config & USE_G2 and in2 == 0x2e:
                    g = 2
                else:
                    return (3, 0)
        elif esclen == 4:
            if in2 != 0x24:
                return (4, 0)
            cs = data[pos + 3] | DBCS
            in3 = data[pos + 2]
            if in3 == 0x28:
                g = 0
            elif in3 == 0x29:
                g = 1
            else:
                return (4, 0)
        elif esclen == 6:
            if ext and data[pos + 3] == ESC and data[pos + 4] == 0x24 and data[pos + 5] == 0x42:
                cs, g = JISX0208, 0
            else:
                return (6, 0)
        else:
            return (esclen, 0)
        if cs != ASCII and cs not in self.by_mark:
            return (esclen, 0)
        state[g] = cs
        return (0, esclen)

    def _g2(self, state, c):
        """ESC N c: one character of the G2 set, or None."""
        g2 = state[2]
        if g2 == ISO8859_1:
            return chr(c + 0x80) if c < 0x80 else None
        if g2 == ISO8859_7:
            u = _iso8859_7(c ^ 0x80)
            return chr(u) if u is not None else None
        if g2 == ASCII:
            return None if c & 0x80 else chr(c)
        return None

    def decode(self, state, data, pos):
        out = []
        n = len(data)
        no_shift = self.config & NO_SHIFT
        slow_until = 0  # a run that failed as a whole goes code by code up to here
        streak = 0  # codes read one by one since the last other byte: a long run goes in one call
        while pos < n:
            c = data[pos]
            if c < 0x21 or c >= 0x7f:
                streak = 0
            if state[4] & ESCTHROUGHOUT:
                out.append(chr(c))
                pos += 1
                if _is_escend(c):
                    state[4] &= ~ESCTHROUGHOUT
                continue
            if c == ESC:
                if pos + 1 >= n:
                    return (''.join(out), pos, TOOFEW)
                c2 = data[pos + 1]
                if c2 in (0x28, 0x29, 0x24, 0x2e, 0x26):
                    err, size = self._escape(state, data, pos)
                    if err:
                        return (''.join(out), pos, err)
                    pos += size
                elif self.config & USE_G2 and c2 == 0x4e:
                    if pos + 2 >= n:
                        return (''.join(out), pos, TOOFEW)
                    text = self._g2(state, data[pos + 2])
                    if text is None:
                        return (''.join(out), pos, 3)
                    out.append(text)
                    pos += 3
                else:
                    out.append('\x1b')
                    state[4] |= ESCTHROUGHOUT
                    pos += 1
                continue
            if c == SI and not no_shift:
                state[4] &= ~SHIFTED
                pos += 1
                continue
            if c == SO and not no_shift:
                state[4] |= SHIFTED
                pos += 1
                continue
            if c == LF:
                state[4] &= ~SHIFTED
                out.append('\n')
                pos += 1
                continue
            if c < 0x20 or c in (SI, SO):
                out.append(chr(c))
                pos += 1
                continue
            if c >= 0x80:
                return (''.join(out), pos, 1)
            cs = state[1] if state[4] & SHIFTED else state[0]
            if cs == ASCII:
                out.append(chr(c))
                pos += 1
                continue
            dsg = self.by_mark.get(cs)
            if dsg is None:
                return (''.join(out), pos, 1)
            streak += 1
            if streak > 16 and pos >= slow_until and dsg.charset is not None and dsg.charset.batch is not None:
                end = _run_end(data, pos, _RUN_STOPS)
                if end - pos >= 4:
                    text = dsg.charset.decode_run(data[pos:end])
                    if text is not None:
                        out.append(text)
                        pos = end
                        continue
                    slow_until = end
            if pos + dsg.width > n:
                return (''.join(out), pos, TOOFEW)
            text = dsg.decode(data, pos)
            if text is None:
                return (''.join(out), pos, dsg.width)
            out.append(text)
            pos += dsg.width
        return (''.join(out), pos, 0)


def _run_end(data, pos, stops):
    """Where a run of two-byte codes from pos ends: before the first of `stops`, even length.
    Searched in growing windows (bytes.find over the whole input would cost its length)."""
    size = 64
    while True:
        window = data[pos:pos + size]
        end = len(window)
        for stop in stops:
            k = window.find(stop)
            if 0 <= k < end:
                end = k
        if end < size:
            return pos + (end & ~1)
        size *= 4


_RUN_STOPS = (b'\x1b', b'\n', b'\r')
_HZ_RUN_STOPS = (b'~', b'\n', b'\r')


class HZ:
    """hz: '~{' switches to GB 2312 (two 7-bit bytes a character), '~}' back; '~~' is '~',
    '~' newline a line continuation (both only in ASCII mode)."""
    quick_encode = quick_decode = None

    def __init__(self):
        self.gb = charset('gb2312')

    def encinit(self):
        return bytearray(8)

    def encreset(self, state):
        if state[0]:
            state[0] = 0
            return b'~}'
        return b''

    def encode(self, state, text, pos, flush):
        out = bytearray()
        n = len(text)
        while pos < n:
            ch = text[pos]
            c = ord(ch)
            if c < 0x80:
                if state[0]:
                    out += b'~}'
                    state[0] = 0
                out.append(c)
                if c == 0x7e:
                    out.append(c)
                pos += 1
                continue
            code = self.gb.encode(ch) if c <= 0xffff else None
            if code is None:
                return (bytes(out), pos, 1)
            if not state[0]:
                out += b'~{'
                state[0] = 1
            out += bytes((code >> 8, code & 0xff))
            pos += 1
        return (bytes(out), pos, 0)

    def decinit(self):
        return bytearray(8)

    def decreset(self, state):
        state[0] = 0

    def decode(self, state, data, pos):
        out = []
        n = len(data)
        slow_until = 0
        streak = 0
        while pos < n:
            c = data[pos]
            if c == 0x7e:
                streak = 0
                if pos + 1 >= n:
                    return (''.join(out), pos, TOOFEW)
                c2 = data[pos + 1]
                mode = state[0]
                if c2 == 0x7e and mode == 0:
                    out.append('~')
                elif c2 == 0x7b and mode == 0:
                    state[0] = 1
                elif c2 == 0x0a and mode == 0:
                    pass
                elif c2 == 0x7d and mode == 1:
                    state[0] = 0
                else:
                    return (''.join(out), pos, 1)
                pos += 2
                continue
            if c & 0x80:
                return (''.join(out), pos, 1)
            if state[0] == 0:
                out.append(chr(c))
                pos += 1
                continue
            streak += 1
            if streak > 16 and pos >= slow_until:
                end = _run_end(data, pos, _HZ_RUN_STOPS)
                if end - pos >= 4:
                    text = self.gb.decode_run(data[pos:end])
                    if text is not None:
                        out.append(text)
                        pos = end
                        continue
                    slow_until = end
            if pos + 1 >= n:
                return (''.join(out), pos, TOOFEW)
            text = self.gb.decode(c << 8 | data[pos + 1])
            if text is None:
                return (''.join(out), pos, 1)
            out.append(text)
            pos += 2
        return (''.join(out), pos, 0)


STATEFUL = ('hz', 'iso2022_jp', 'iso2022_jp_1', 'iso2022_jp_2', 'iso2022_jp_2004', 'iso2022_jp_3',
            'iso2022_jp_ext', 'iso2022_kr')


def engine(name):
    return HZ() if name == 'hz' else ISO2022(name)
