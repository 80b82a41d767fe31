"""Generate lib/_cjk_tables.py: the byte-level behaviour of CPython 3.11's stateless CJK codecs
(big5, gbk, gb18030, shift_jis, euc_jp, euc_kr, cp932, cp949, ... : CODECS below) as tables for
lib/_codec_cjk.py's decoder and encoder. The tables are the character sets' mappings (Big5,
GB 2312/GBK/GB 18030, JIS X 0208/0212/0213, KS X 1001, ...) as CPython's codecs apply them; the
decoding engine is ours. Every table is checked here against the codec it came from: the
model (decode_model/encode_model below, which lib/_codec_cjk.py implements) must decode every
1-, 2- and 3-byte sequence the probe visits and encode every code point exactly as CPython does.

Run: python3 compiler/tools/gen_cjk_codecs.py > lib/_cjk_tables.py
The stateful codecs (hz, iso2022_*) read these tables through their EUC forms; their generator
and self-check is gen_cjk_stateful.py.

Per codec, zlib + base64 of lines:
  S <256 entries>          the first byte: hex code point (decodes alone), L (starts a sequence;
                           alone at the end: "incomplete multibyte sequence"), E (illegal, 1 byte)
  P <hex lead> <row>       the 256 outcomes of a lead byte's second byte, comma-separated (trailing
                           empty ones dropped): '' illegal (length 1), E<n> illegal (n bytes), M
                           (a third byte decides: a Q row), K (euc_kr's make-up sequence), a code
                           point as its difference from the row's previous one (decimal),
                           T<hex>.<hex> two characters
  Q <hex lead+second> <row>  the 256 outcomes of a third byte, as P's
  G                        gb18030's four-byte form: a lead 81-FE followed by 30-39 needs four
                           bytes, then (81-FE, 30-39) index into the R runs, anything else E1
  R <index> <cp> <count>   four-byte runs: linear index i..i+count-1 decode to cp..cp+count-1
  K <initials> <finals>    euc_kr's make-up sequences (A4 D4 A4 i A4 m A4 f: a Hangul syllable):
                           "byte:index" pairs, comma-separated; medials are BF-D3 by rule
  X <hex cp> <hex bytes|-> where the encoder differs from the decoder's inverse (first sequence
                           wins; '-' = not encodable; euc_kr's syllables outside KS X 1001 are
                           their make-up sequences, by rule)
  C <hex cp> <hex cp> <hex bytes>  a pair of characters encoded as one sequence
"""
import base64
import codecs
import sys
import zlib
from encodings import aliases as _aliases

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"

CODECS = ['big5', 'big5hkscs', 'cp932', 'cp949', 'cp950', 'euc_jis_2004', 'euc_jisx0213', 'euc_jp',
          'euc_kr', 'gb18030', 'gb2312', 'gbk', 'johab', 'shift_jis', 'shift_jis_2004', 'shift_jisx0213']


def outcome(codec, data):
    """What decoding `data` (final) does at position 0: ('T', text, length) / ('E', length) /
    ('M',) (incomplete: needs more bytes) / ('S', length) (a shorter unit decoded first)."""
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as e:
        if e.start > 0:
            return ('S', e.start)
        if e.reason == 'incomplete multibyte sequence':
            assert e.end == len(data), (codec, data, e.end)
            return ('M',)
        assert e.reason == 'illegal multibyte sequence', (codec, data, e.reason)
        return ('E', e.end)
    return ('T', text, len(data))


MAKEUP = b'\xa4\xd4'  # euc_kr: A4 D4 then A4 <initial> A4 <medial> A4 <final>


def makeup_tables(codec):
    """euc_kr's make-up sequences: the initial consonant and final consonant index of each
    byte after A4 (None where the decoder refuses it); medials are A4 BF..D3 by rule."""
    cho, jong = {}, {}
    for c in range(0xa1, 0xbf):
        try:
            cho[c] = (ord(bytes([0xa4, 0xd4, 0xa4, c, 0xa4, 0xbf, 0xa4, 0xd4]).decode(codec)) - 0xac00) // 588
        except UnicodeDecodeError:
            pass
        try:
            jong[c] = (ord(bytes([0xa4, 0xd4, 0xa4, 0xa1, 0xa4, 0xbf, 0xa4, c]).decode(codec)) - 0xac00) % 28
        except UnicodeDecodeError:
            pass
    return cho, jong


def gb_index(b1, b2, b3, b4):
    return (((b1 - 0x81) * 10 + (b2 - 0x30)) * 126 + (b3 - 0x81)) * 10 + (b4 - 0x30)


def build(codec):
    single = []
    for b in range(256):
        o = outcome(codec, bytes([b]))
        if o[0] == 'T':
            assert len(o[1]) == 1
            single.append(ord(o[1]))
        elif o[0] == 'M':
            single.append('L')
        else:
            assert o == ('E', 1), (codec, b, o)
            single.append('E')
    gb = codec == 'gb18030'
    kr = codec == 'euc_kr'
    pairs = {}
    for b in range(256):
        if single[b] != 'L':
            continue
        for t in range(256):
            if gb and 0x30 <= t <= 0x39:
                continue  # the four-byte form, by rule
            data = bytes([b, t])
            o = outcome(codec, data)
            assert o[0] != 'S', (codec, data, o)
            if o[0] == 'T' and o[2] == 2:
                pairs[data] = ('T', o[1])
            elif o[0] == 'E':
                pairs[data] = ('E', o[1])
            elif kr and data == MAKEUP:
                pairs[data] = ('K',)  # KS X 1001 Annex 3's eight-byte make-up sequence, by rule
            else:
                assert o[0] == 'M', (codec, data, o)
                pairs[data] = ('M',)
                for u in range(256):
                    d3 = data + bytes([u])
                    o3 = outcome(codec, d3)
                    assert o3[0] in ('T', 'E'), (codec, d3, o3)
                    pairs[d3] = ('T', o3[1]) if o3[0] == 'T' else ('E', o3[1])
    runs = []
    if gb:
        last = None
        for b1 in range(0x81, 0xff):
            for b2 in range(0x30, 0x3a):
                for b3 in range(0x81, 0xff):
                    for b4 in range(0x30, 0x3a):
                        try:
                            text = bytes([b1, b2, b3, b4]).decode(codec)
                        except UnicodeDecodeError as e:
                            assert (e.start, e.end) == (0, 1), (b1, b2, b3, b4)
                            last = None
                            continue
                        assert len(text) == 1
                        i, cp = gb_index(b1, b2, b3, b4), ord(text)
                        if last is not None and runs[-1][0] + runs[-1][2] == i and runs[-1][1] + runs[-1][2] == cp:
                            runs[-1][2] += 1
                        else:
                            runs.append([i, cp, 1])
                        last = i
    return single, pairs, runs


class Model:
    """The decoder and encoder lib/_codec_cjk.py implements, over the tables."""

    def __init__(self, single, pairs, runs, gb, default, makeup=None):
        self.single, self.pairs, self.runs, self.gb, self.default = single, pairs, runs, gb, default
        self.makeup = makeup
        self.four = {}
        for i, cp, n in runs:
            for k in range(n):
                self.four[i + k] = cp + k

    def unit(self, data, i):
        """('T', text, length) or ('E', length) or ('I', length) (incomplete at the end)."""
        s = self.single[data[i]]
        if s == 'E':
            return ('E', 1)
        if s != 'L':
            return ('T', chr(s), 1)
        n = len(data)
        if i + 1 >= n:
            return ('I', n - i)
        b2 = data[i + 1]
        if self.gb and 0x30 <= b2 <= 0x39:
            if i + 3 >= n:
                return ('I', n - i)
            b3, b4 = data[i + 2], data[i + 3]
            if 0x81 <= b3 <= 0xfe and 0x30 <= b4 <= 0x39:
                cp = self.four.get(gb_index(data[i], b2, b3, b4))
                if cp is not None:
                    return ('T', chr(cp), 4)
            return ('E', 1)
        o = self.pairs.get(bytes(data[i:i + 2]), self.default)
        if o[0] == 'K':
            if i + 7 >= n:
                return ('I', n - i)
            if data[i + 2] != 0xa4 or data[i + 4] != 0xa4 or data[i + 6] != 0xa4:
                return ('E', 1)
            cho_of, jong_of = self.makeup
            cho = cho_of.get(data[i + 3])
            jung = data[i + 5] - 0xbf if 0xbf <= data[i + 5] <= 0xd3 else None
            jong = 0 if data[i + 7] == 0xd4 else jong_of.get(data[i + 7])
            if cho is None or jung is None or jong is None:
                return ('E', 1)
            return ('T', chr(0xac00 + cho * 588 + jung * 28 + jong), 8)
        if o[0] == 'M':
            if i + 2 >= n:
                return ('I', n - i)
            o = self.pairs.get(bytes(data[i:i + 3]), self.default)
            return ('T', o[1], 3) if o[0] == 'T' else ('E', o[1])
        return ('T', o[1], 2) if o[0] == 'T' else ('E', o[1])


def check(codec, model):
    def real(data):
        try:
            return ('ok', data.decode(codec))
        except UnicodeDecodeError as e:
            return ('err', e.start, e.end, e.reason)

    def mine(data):
        out = []
        i = 0
        while i < len(data):
            u = model.unit(data, i)
            if u[0] == 'E':
                return ('err', i, i + u[1], 'illegal multibyte sequence')
            if u[0] == 'I':
                return ('err', i, i + u[1], 'incomplete multibyte sequence')
            out.append(u[1])
            i += u[2]
        return ('ok', ''.join(out))

    probes = [bytes([b]) for b in range(256)]
    for b in range(256):
        if model.single[b] == 'L':
            probes += [bytes([b, t]) for t in range(256)]
    probes += [k for k in model.pairs if len(k) == 3]
    probes += [k[:2] + bytes([u]) for k in model.pairs if len(k) == 2 and model.pairs[k][0] == 'M' for u in (0, 0x41)]
    if model.makeup is not None:
        import random
        rnd = random.Random(8)
        pool = [0xa4, 0xd4, 0xa1, 0xa2, 0xbe, 0xbf, 0xc0, 0xd3, 0xd5, 0xb0, 0x41, 0xff]
        for _ in range(20000):
            probes.append(MAKEUP + bytes(rnd.choice(pool) for _ in range(rnd.randint(0, 7))))
        for c in range(0x80, 0x100):
            probes.append(bytes([0xa4, 0xd4, 0xa4, c, 0xa4, 0xc0, 0xa4, 0xd4]))
            probes.append(bytes([0xa4, 0xd4, 0xa4, 0xa2, 0xa4, c, 0xa4, 0xd4]))
            probes.append(bytes([0xa4, 0xd4, 0xa4, 0xa2, 0xa4, 0xc0, 0xa4, c]))
    if model.gb:
        probes += [bytes([0x81, 0x30, 0x20]), bytes([0x81, 0x30, 0x81, 0x20]), bytes([0x84, 0x31, 0xa4, 0x39]),
                   bytes([0x84, 0x31, 0xa5, 0x30]), bytes([0x90, 0x30, 0x81, 0x30]), bytes([0xe3, 0x32, 0x9a, 0x36]),
                   bytes([0xfe, 0x39, 0xfe, 0x39])]
    for p in probes:
        assert real(p) == mine(p), (codec, p, real(p), mine(p))


def inverse(model):
    """The encoder's table as the runtime builds it: the first sequence (in byte order) that
    decodes to a single character wins; pairs of characters separately."""
    enc = {}
    pair_enc = {}
    for b in range(256):
        s = model.single[b]
        if s not in ('E', 'L'):
            enc.setdefault(s, bytes([b]))
    for key in sorted(model.pairs, key=lambda k: (len(k), k)):
        o = model.pairs[key]
        if o[0] != 'T':
            continue
        if len(o[1]) == 1:
            enc.setdefault(ord(o[1]), key)
        else:
            pair_enc.setdefault(o[1], key)
    if model.makeup is not None:
        # euc_kr: a syllable KS X 1001 lacks is written as its make-up sequence (first byte wins)
        cho_of, jong_of = model.makeup
        cho_byte, jong_byte = {}, {0: 0xd4}
        for b, v in sorted(cho_of.items()):
            cho_byte.setdefault(v, b)
        for b, v in sorted(jong_of.items()):
            jong_byte.setdefault(v, b)
        for cp in range(0xac00, 0xd7a4):
            s = cp - 0xac00
            cho, jung, jong = s // 588, s % 588 // 28, s % 28
            if cp not in enc and cho in cho_byte and jong in jong_byte:
                enc[cp] = bytes([0xa4, 0xd4, 0xa4, cho_byte[cho], 0xa4, 0xbf + jung, 0xa4, jong_byte[jong]])
    for i, cp, n in model.runs:
        for k in range(n):
            idx = i + k
            b4 = idx % 10; idx //= 10
            b3 = idx % 126; idx //= 126
            b2 = idx % 10; b1 = idx // 10
            enc.setdefault(cp + k, bytes([b1 + 0x81, b2 + 0x30, b3 + 0x81, b4 + 0x30]))
    return enc, pair_enc


def row(pairs, prefix, default):
    """The 256 outcomes after `prefix`, comma-separated: '' the default (E1), E<n>, M, a code
    point as its difference from the previous one in the row (decimal, signed), T<hex>.<hex>
    for two characters."""
    out = []
    prev = 0
    for t in range(256):
        o = pairs.get(prefix + bytes([t]), default)
        if o == default:
            out.append('')
        elif o[0] == 'E':
            out.append('E%d' % o[1])
        elif o[0] in ('M', 'K'):
            out.append(o[0])
        elif len(o[1]) == 1:
            out.append('%d' % (ord(o[1]) - prev))
            prev = ord(o[1])
        else:
            out.append('T' + '.'.join('%x' % ord(c) for c in o[1]))
    while out and out[-1] == '':
        out.pop()
    return ','.join(out)


def emit(codec):
    single, pairs, runs = build(codec)
    kinds = {}
    for k, o in pairs.items():
        if len(k) == 2 and o[0] == 'E':
            kinds[o] = kinds.get(o, 0) + 1
    default = max(kinds, key=kinds.get) if kinds else ('E', 1)
    assert default == ('E', 1), (codec, default)
    makeup = makeup_tables(codec) if codec == 'euc_kr' else None
    model = Model(single, pairs, runs, codec == 'gb18030', default, makeup)
    check(codec, model)
    enc, pair_enc = inverse(model)
    lines = ['S ' + ' '.join(s if isinstance(s, str) else '%x' % s for s in single)]
    for b in range(256):
        if single[b] == 'L':
            lines.append('P %x %s' % (b, row(pairs, bytes([b]), default)))
            for t in range(256):
                if pairs.get(bytes([b, t])) == ('M',):
                    lines.append('Q %x %s' % (b << 8 | t, row(pairs, bytes([b, t]), default)))
    if makeup is not None:
        lines.append('K %s %s' % tuple(' '.join('%x:%d' % kv for kv in sorted(t.items())) .replace(' ', ',') for t in makeup))
    if codec == 'gb18030':
        lines.append('G')
        for i, cp, n in runs:
            lines.append('R %x %x %x' % (i, cp, n))
    exceptions = 0
    for cp in range(0x110000):
        if 0xd800 <= cp < 0xe000:
            continue
        try:
            real = chr(cp).encode(codec)
        except UnicodeEncodeError:
            real = None
        if enc.get(cp) != real:
            lines.append('X %x %s' % (cp, real.hex() if real is not None else '-'))
            exceptions += 1
    # pairs of characters: encoded as one sequence when CPython's encoder does so
    for text, key in sorted(pair_enc.items()):
        real = text.encode(codec)
        if real == key:
            lines.append('C %x %x %s' % (ord(text[0]), ord(text[1]), key.hex()))
        else:
            assert real == b''.join(enc[ord(c)] for c in text), (codec, text, real)
    blob = base64.b64encode(zlib.compress('\n'.join(lines).encode('ascii'), 9)).decode()
    return blob, len(pairs), len(runs), exceptions


def main():
    print('# GENERATED by compiler/tools/gen_cjk_codecs.py from the behaviour of CPython 3.11\'s CJK')
    print('# codecs (checked there against them). Do not edit. TABLES[name]: zlib + base64 of the table')
    print('# lines gen_cjk_codecs.py describes; ALIASES: the other names of each codec.')
    print('TABLES = {')
    for codec in CODECS:
        blob, npairs, nruns, nexc = emit(codec)
        print('    # %s: %d sequences, %d four-byte runs, %d encoder exceptions' % (codec, npairs, nruns, nexc))
        print("    %r: (" % codec)
        for k in range(0, len(blob), 96):
            print("        %r" % blob[k:k + 96])
        print('    ),')
    print('}')
    print('ALIASES = {')
    for alias, target in sorted(_aliases.aliases.items()):
        if target in CODECS:
            print('    %r: %r,' % (alias, target))
    print('}')


main()
