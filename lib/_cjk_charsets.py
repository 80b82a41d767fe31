# The coded character sets of the stateful CJK codecs (lib/_codec_iso2022.py: hz, iso2022_*)
# as 94x94 (or 94) code tables: JIS X 0208/0212/0213, KS X 1001, GB 2312, JIS X 0201. They are
# not stored again: a set's code (a, b) is its EUC form (a|0x80, b|0x80; 8F before JIS X 0212
# and JIS X 0213 plane 2) in the stateless codec that carries it (euc_jp, euc_kr, gb2312,
# euc_jis_2004, euc_jisx0213: lib/_codec_cjk.py's tables), and encoding is the inverse; where
# CPython's ISO-2022 codecs differ from that, lib/_cjk_stateful_tables.py lists the exceptions
# (generated and checked by compiler/tools/gen_cjk_stateful.py). Under CPython (the generator's
# self-check imports this file) the stateless codecs are CPython's own.
try:
    from _cjk_stateful_tables import DECODE_EXCEPTIONS, ENCODE_EXCEPTIONS, PAIRS, ALIASES
except ImportError:  # the generator, before it has written the tables
    DECODE_EXCEPTIONS, ENCODE_EXCEPTIONS, PAIRS, ALIASES = {}, {}, {}, {}

# name -> (stateless codec, EUC prefix); JIS X 0201 is by rule. euc_jis_2004/euc_jisx0213 read
# 8F sequences outside JIS X 0213 plane 2 as JIS X 0212 (euc_jp's): MASKED says where a code that
# reads as euc_jp reads it is not in the set. A set encodes a character as the code that
# decodes back to it.
MASKED = {'jisx0213_2000_2': ('euc_jp', b'\x8f'), 'jisx0213_2004_2': ('euc_jp', b'\x8f')}
SOURCES = {
    'jisx0208': ('euc_jp', b''),
    'jisx0212': ('euc_jp', b'\x8f'),
    'ksx1001': ('euc_kr', b''),
    'gb2312': ('gb2312', b''),
    'jisx0213_2000_1': ('euc_jisx0213', b''),
    'jisx0213_2000_2': ('euc_jisx0213', b'\x8f'),
    'jisx0213_2004_1': ('euc_jis_2004', b''),
    'jisx0213_2004_2': ('euc_jis_2004', b'\x8f'),
}


def _rule_decode(name, code):
    if name == 'jisx0201_r':
        return '\xa5' if code == 0x5c else '\u203e' if code == 0x7e else chr(code) if code < 0x80 else None
    if name == 'jisx0201_k':
        return chr(0xfec0 + (code | 0x80)) if 0x21 <= code <= 0x5f else None
    return None


def _rule_encode(name, ch):
    c = ord(ch)
    if name == 'jisx0201_r':
        if c == 0xa5:
            return 0x5c
        if c == 0x203e:
            return 0x7e
        return c if c < 0x80 and c != 0x5c and c != 0x7e else None
    if name == 'jisx0201_k':
        return c - 0xfec0 - 0x80 if 0xff61 <= c <= 0xff9f else None
    return None


class Charset:
    """One character set as CPython's ISO-2022 codecs see it: decode(code) -> str or None,
    encode(ch) -> code or None (code: a byte, or two bytes as a << 8 | b, 7-bit)."""

    def __init__(self, name, width):
        self.name = name
        self.width = width
        self._dec = dict(DECODE_EXCEPTIONS.get(name, ()))
        self._enc = dict(ENCODE_EXCEPTIONS.get(name, ()))
        self.source = SOURCES.get(name)
        self.mask = MASKED.get(name)
        self.batch = BATCH.get(name) if not self._dec and not self._enc else None

    def decode_run(self, raw):
        """The text of a run of two-byte codes (all valid), or None: one native call."""
        if self.batch is None or raw.translate(None, _GRAPHIC):
            return None
        return _decode_all(self.batch, raw.translate(_HIGH))

    def decode(self, code):
        try:
            return self._dec[code]
        except KeyError:
            pass
        if self.source is None:
            text = _rule_decode(self.name, code)
        else:
            a, b = code >> 8, code & 0xff
            text = None
            if 0x21 <= a <= 0x7e and 0x21 <= b <= 0x7e:
                text = _euc(self.source, a, b)
                if text is not None and self.mask is not None and _euc(self.mask, a, b) == text:
                    text = None
        self._dec[code] = text
        return text

    def encode(self, ch):
        try:
            return self._enc[ch]
        except KeyError:
            pass
        if self.source is None:
            code = _rule_encode(self.name, ch)
        else:
            codec, prefix = self.source
            code = None
            try:
                data = ch.encode(codec)
            except UnicodeEncodeError:
                data = b''
            if len(data) == 2 + len(prefix) and data.startswith(prefix):
                a, b = data[-2], data[-1]
                if 0xa1 <= a <= 0xfe and 0xa1 <= b <= 0xfe:
                    code = (a & 0x7f) << 8 | (b & 0x7f)
                    if self.decode(code) != ch:
                        code = None
        self._enc[ch] = code
        return code


# sets without exceptions whose runs of codes may go through their EUC codec in one call
BATCH = {'jisx0208': 'euc_jp', 'gb2312': 'gb2312'}
_HIGH = bytes((b | 0x80) & 0xff for b in range(256))
_GRAPHIC = bytes(range(0x21, 0x7f))


try:
    import _cjk
except ImportError:  # CPython: the generator's self-check
    _cjk = None
_loaded = None


def _decode_all(codec, data):
    """data's text in a stateless codec if it decodes without an error, else None: one native
    call under pystm."""
    global _loaded
    if _cjk is None:
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            return None
    if _loaded is None:
        from _codec_cjk import _loaded  # not at import: _codec_cjk imports this module's users
    text, stop, end, reason = _cjk.decode(_loaded(codec), data, 0, True)
    return text if reason == 0 and stop == len(data) else None


def _euc(source, a, b):
    codec, prefix = source
    try:
        return (prefix + bytes((a | 0x80, b | 0x80))).decode(codec)
    except UnicodeDecodeError:
        return None


_sets = {}


def charset(name):
    cs = _sets.get(name)
    if cs is None:
        cs = _sets[name] = Charset(name, 1 if name.startswith('jisx0201') else 2)
    return cs
