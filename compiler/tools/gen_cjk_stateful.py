"""Generate lib/_cjk_stateful_tables.py for the stateful CJK codecs (hz, iso2022_*: lib/_codec_iso2022.py)
and check that engine against CPython 3.11 before writing anything.

The character sets are not stored: lib/_cjk_charsets.py reads a set's code (a, b) through the stateless
codec that carries it (JIS X 0208 = euc_jp's a|0x80 b|0x80, ...; those tables are gen_cjk_codecs.py's,
checked there). What is written is where CPython's ISO-2022 codecs differ from that view:
  DECODE_EXCEPTIONS[set][code] = text or None   (probed: every code 0x2121..0x7e7e in each set, through
                                                  a codec that designates it)
  ENCODE_EXCEPTIONS[set][char] = code or None   (probed: every code point, one-shot, in every codec;
                                                  the escape sequence CPython writes names the set)
  PAIRS[set][two characters] = code              (JIS X 0213's pairs written as one code)
Then lib/_codec_iso2022.py itself (imported here, over CPython's stateless codecs) must equal CPython on:
every code of every set in every codec that can designate it, every code point's encoding in every codec,
escape sequences and control bytes in random combinations (decode with four error handlers, the errors'
ranges), random strings round trip, and incremental decoding/encoding split at every position.

Run: python3 compiler/tools/gen_cjk_stateful.py > lib/_cjk_stateful_tables.py
"""
import codecs
import os
import random
import sys

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"
LIB = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'lib')
for _c in ('hz', 'iso2022_jp', 'iso2022_jp_1', 'iso2022_jp_2', 'iso2022_jp_2004', 'iso2022_jp_3', 'iso2022_jp_ext',
           'iso2022_kr', 'euc_jp', 'euc_kr', 'gb2312', 'euc_jis_2004', 'euc_jisx0213'):
    codecs.lookup(_c)  # CPython's, before lib/ (with its _multibytecodec.py) goes on the path
sys.path.insert(0, LIB)
sys.modules.pop('_cjk_stateful_tables', None)
import _cjk_charsets  # noqa: E402  (lib/: its tables start empty when the import below fails)

_cjk_charsets.DECODE_EXCEPTIONS.clear()
_cjk_charsets.ENCODE_EXCEPTIONS.clear()
_cjk_charsets.PAIRS.clear()
import _codec_iso2022  # noqa: E402
import importlib.util  # noqa: E402
# lib/_multibytecodec.py under another name: CPython's own is the oracle's
_spec = importlib.util.spec_from_file_location('pystm_multibytecodec', os.path.join(LIB, '_multibytecodec.py'))
_multibytecodec = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_multibytecodec)

# set -> (codec, escape sequence that designates it and shifts to it)
REACH = {
    'jisx0208': ('iso2022_jp', b'\x1b$B'),
    'jisx0212': ('iso2022_jp_1', b'\x1b$(D'),
    'ksx1001': ('iso2022_kr', b'\x1b$)C\x0e'),
    'gb2312': ('iso2022_jp_2', b'\x1b$A'),
    'jisx0213_2000_1': ('iso2022_jp_3', b'\x1b$(O'),
    'jisx0213_2000_2': ('iso2022_jp_3', b'\x1b$(P'),
    'jisx0213_2004_1': ('iso2022_jp_2004', b'\x1b$(Q'),
    'jisx0213_2004_2': ('iso2022_jp_2004', b'\x1b$(P'),
    'jisx0201_r': ('iso2022_jp', b'\x1b(J'),
    'jisx0201_k': ('iso2022_jp_ext', b'\x1b(I'),
}
CODECS = _codec_iso2022.STATEFUL


def real_decode(codec, data):
    try:
        return ('ok', data.decode(codec))
    except UnicodeDecodeError as e:
        return ('err', e.start, e.end, e.reason)


def fresh_charsets():
    _cjk_charsets._sets.clear()


def probe_sets():
    dec = {}
    for name, (codec, esc) in REACH.items():
        cs = _cjk_charsets.Charset(name, 1 if name.startswith('jisx0201') else 2)
        out = {}
        codes = range(0x100) if cs.width == 1 else [a << 8 | b for a in range(0x21, 0x7f) for b in range(0x21, 0x7f)]
        for code in codes:
            if cs.width == 1 and (code < 0x21 or code >= 0x80):
                continue
            raw = bytes([code]) if cs.width == 1 else bytes([code >> 8, code & 0xff])
            r = real_decode(codec, esc + raw)
            text = r[1] if r[0] == 'ok' else None
            if cs.decode(code) != text:
                out[code] = text
        if out:
            dec[name] = out
    # hz reads GB 2312 as iso2022_jp_2 does (a first byte '~' is hz's escape)
    for a in range(0x21, 0x7e):
        for b in range(0x21, 0x7f):
            r1 = real_decode('hz', b'~{' + bytes([a, b]))
            r2 = real_decode('iso2022_jp_2', b'\x1b$A' + bytes([a, b]))
            assert (r1[0] == 'ok') == (r2[0] == 'ok') and (r1[0] != 'ok' or r1[1] == r2[1]), (a, b, r1, r2)
    return dec


def pairs_of(dec_view):
    """JIS X 0213 plane 1's codes that decode to two characters, where CPython's encoder writes the
    pair as that one code."""
    pairs = {}
    for name, codec, mark in (('jisx0213_2004_1', 'iso2022_jp_2004', b'Q'), ('jisx0213_2000_1', 'iso2022_jp_3', b'O')):
        cs = dec_view(name)
        found = {}
        for a in range(0x21, 0x7f):
            for b in range(0x21, 0x7f):
                t = cs.decode(a << 8 | b)
                if t is not None and len(t) == 2 and t not in found:
                    code = bytes([a, b])
                    assert t.encode(codec) == b'\x1b$(' + mark + code + b'\x1b(B', (name, t)
                    found[t] = a << 8 | b
        pairs[name] = found
    return pairs


def model(codec):
    return _multibytecodec.MultibyteCodec(codec, _codec_iso2022.engine(codec))


def marks_to_set(codec):
    eng = _codec_iso2022.engine(codec)
    if codec == 'hz':
        return {}
    out = {}
    for dsg in eng.designations:
        if not dsg.paironly and dsg.plane != 2:
            out.setdefault(dsg.mark, dsg.name)
    return out


def parse_single(codec, data):
    """CPython's one-character output -> (set, code): escape, code, back to ASCII."""
    if codec == 'hz':
        assert data[:2] == b'~{' and data[-2:] == b'~}' and len(data) == 6, data
        return ('gb2312', data[2] << 8 | data[3])
    if codec == 'iso2022_kr':
        assert data[:5] == b'\x1b$)C\x0e' and data[-1:] == b'\x0f' and len(data) == 8, data
        return ('ksx1001', data[5] << 8 | data[6])
    assert data.endswith(b'\x1b(B'), data
    body = data[:-3]
    if body[:2] == b'\x1b$' and body[2] != 0x28:
        mark, code = body[2] | 0x80, body[3:]
    elif body[:3] == b'\x1b$(':
        mark, code = body[3] | 0x80, body[4:]
    else:
        assert body[:2] == b'\x1b(', body
        mark, code = body[2], body[3:]
    return (marks_to_set(codec)[mark], int.from_bytes(code, 'big'))


def encode_exceptions():
    enc = {}

    def note(name, ch, code):
        enc.setdefault(name, {})[ch] = code
        _cjk_charsets.ENCODE_EXCEPTIONS.setdefault(name, {})[ch] = code
        _cjk_charsets.charset(name)._enc[ch] = code

    for rnd in range(4):
        changed = False
        for codec in CODECS:
            m = model(codec)
            for cp in range(0x80, 0x30000):
                if 0xd800 <= cp < 0xe000:
                    continue
                ch = chr(cp)
                try:
                    real = ch.encode(codec)
                except UnicodeEncodeError:
                    real = None
                try:
                    mine = m.encode(ch)[0]
                except UnicodeEncodeError:
                    mine = None
                if real == mine:
                    continue
                changed = True
                if real is not None:
                    note(*parse_single(codec, real)[:1], ch, parse_single(codec, real)[1])
                if mine is not None:
                    name = parse_single(codec, mine)[0]
                    if real is None or parse_single(codec, real)[0] != name:
                        note(name, ch, None)
        if not changed:
            # above U+30000 nothing encodes, in CPython or here (no set reaches there)
            for codec in CODECS:
                for cp in range(0x30000, 0x110000):
                    try:
                        chr(cp).encode(codec)
                        raise AssertionError((codec, cp))
                    except UnicodeEncodeError:
                        pass
            return enc
    raise AssertionError('encode exceptions do not settle')


def interesting_bytes():
    return [0x1b, 0x0e, 0x0f, 0x0a, 0x0d, 0x00, 0x20, 0x7f, 0x80, 0xa1, 0xff, 0x7e, 0x7b, 0x7d,
            0x24, 0x28, 0x29, 0x2e, 0x26, 0x40, 0x41, 0x42, 0x43, 0x44, 0x46, 0x49, 0x4a, 0x4e, 0x4f, 0x50,
            0x51, 0x30, 0x21, 0x22, 0x5c, 0x3a]


def check(codec, rnd):
    m = model(codec)
    handlers = ('strict', 'replace', 'ignore', 'backslashreplace')

    def both(data, errors):
        try:
            r = ('ok', data.decode(codec, errors))
        except UnicodeDecodeError as e:
            r = ('err', e.start, e.end, e.reason)
        try:
            s = ('ok', m.decode(data, errors)[0])
        except UnicodeDecodeError as e:
            s = ('err', e.start, e.end, e.reason)
        assert r == s, (codec, data, errors, r, s)
    pool = interesting_bytes()
    prefixes = [b'', b'\x1b$B', b'\x1b$)C\x0e', b'\x1b$(D', b'\x1b$A', b'\x1b(J', b'\x1b(I', b'\x1b$(Q',
                b'\x1b$(O', b'\x1b$(P', b'\x1b.A\x1bN', b'\x1b.F\x1bN', b'~{', b'\x1b&@\x1b$B', b'\x1b$@']
    for p in prefixes:
        for b in range(256):
            for h in handlers:
                both(p + bytes([b]), h)
                both(p + bytes([b, 0x30]), h)
    for _ in range(30000):
        data = bytes(rnd.choice(pool) for _ in range(rnd.randint(1, 12)))
        both(rnd.choice(prefixes) + data, rnd.choice(handlers))
    # round trips of random text the codec can encode
    chars = []
    for cp in list(range(0x20, 0x30000, 7)) + [0x304b, 0x309a, 0xe6, 0x300, 0x2e9, 0x2e5, 0x7e, 0x0a, 0x5c, 0xa5, 0x203e]:
        ch = chr(cp) if not 0xd800 <= cp < 0xe000 else 'a'
        try:
            ch.encode(codec)
            chars.append(ch)
        except UnicodeEncodeError:
            pass
    chars += ['a', ' '] * 20
    for _ in range(3000):
        text = ''.join(rnd.choice(chars) for _ in range(rnd.randint(0, 10)))
        for h in handlers[:2]:
            real = text.encode(codec, h)
            assert m.encode(text, h)[0] == real, (codec, text, real, m.encode(text, h))
        assert m.decode(real)[0] == real.decode(codec)
        # incremental: split the text and the bytes
        k = rnd.randint(0, len(text))
        ie = codecs.getincrementalencoder(codec)()
        me = type('E', (_multibytecodec.MultibyteIncrementalEncoder,), {'codec': m})()
        got = [ie.encode(text[:k]), ie.getstate(), ie.encode(text[k:], True)]
        mine = [me.encode(text[:k]), me.getstate(), me.encode(text[k:], True)]
        assert got == mine, (codec, text, k, got, mine)
        k = rnd.randint(0, len(real))
        idc = codecs.getincrementaldecoder(codec)()
        md = type('D', (_multibytecodec.MultibyteIncrementalDecoder,), {'codec': m})()
        got = [idc.decode(real[:k]), idc.getstate(), idc.decode(real[k:], True)]
        mine = [md.decode(real[:k]), md.getstate(), md.decode(real[k:], True)]
        assert got == mine, (codec, real, k, got, mine)
    # long runs of one set (the decoder reads them in one call), some with a bad byte inside
    wide = [c for c in chars if ord(c) >= 0x80]
    for _ in range(300):
        text = ''.join(rnd.choice(wide) for _ in range(rnd.randint(15, 80)))
        if rnd.random() < 0.3:
            k = rnd.randint(0, len(text))
            text = text[:k] + rnd.choice(['\r\n', '\n', ' ', 'a']) + text[k:]
        real = text.encode(codec)
        assert m.encode(text)[0] == real, (codec, text)
        for bad in (None, 0x20, 0x80, 0x0e, 0x7f, 0x21, 0x1b):
            data = real
            if bad is not None:
                k = rnd.randrange(len(real))
                data = real[:k] + bytes([bad]) + real[k + 1:]
            for h in handlers:
                both(data, h)
    # text with characters it cannot encode, under the handlers
    for _ in range(2000):
        text = ''.join(rnd.choice(chars + ['\u0100', '\U0001f600', '\xe9', '\u0391']) for _ in range(rnd.randint(1, 6)))
        for h in ('replace', 'ignore', 'xmlcharrefreplace', 'backslashreplace', 'strict'):
            try:
                real = ('ok', text.encode(codec, h))
            except UnicodeEncodeError as e:
                real = ('err', e.start, e.end, e.reason)
            try:
                mine = ('ok', m.encode(text, h)[0])
            except UnicodeEncodeError as e:
                mine = ('err', e.start, e.end, e.reason)
            assert real == mine, (codec, text, h, real, mine)


def check_all_codes():
    """Every code of every set, in every codec that designates the set by the same escape."""
    for codec in CODECS:
        m = model(codec)
        for name, (c, esc) in REACH.items():
            if codec == 'hz':
                continue
            if real_decode(codec, esc + b'\x21\x21')[0] == 'err' and real_decode(codec, esc + b'!')[0] == 'err':
                continue
            for a in range(0x20, 0x80):
                for b in (range(0x20, 0x80) if not name.startswith('jisx0201') else [None]):
                    raw = esc + bytes([a] if b is None else [a, b])
                    r = real_decode(codec, raw)
                    try:
                        s = ('ok', m.decode(raw)[0])
                    except UnicodeDecodeError as e:
                        s = ('err', e.start, e.end, e.reason)
                    assert r == s, (codec, raw, r, s)


def main():
    dec = probe_sets()
    _cjk_charsets.DECODE_EXCEPTIONS.update(dec)
    fresh_charsets()
    pairs = pairs_of(lambda name: _cjk_charsets.charset(name))
    _cjk_charsets.PAIRS.update(pairs)
    enc = encode_exceptions()
    fresh_charsets()
    check_all_codes()
    rnd = random.Random(25)
    for codec in CODECS:
        check(codec, rnd)
    print('# GENERATED by compiler/tools/gen_cjk_stateful.py from CPython 3.11\'s hz and iso2022_* codecs')
    print('# (lib/_codec_iso2022.py checked there against them). Do not edit. Where CPython\'s character sets')
    print('# differ from their EUC form in the stateless codecs (lib/_cjk_charsets.py), and JIS X 0213\'s pairs.')
    print('DECODE_EXCEPTIONS = {')
    for name in sorted(dec):
        print('    %r: {%s},' % (name, ', '.join('0x%x: %r' % kv for kv in sorted(dec[name].items()))))
    print('}')
    print('ENCODE_EXCEPTIONS = {')
    for name in sorted(enc):
        print('    %r: {%s},' % (name, ', '.join('%r: %s' % (k, 'None' if v is None else '0x%x' % v)
                                               for k, v in sorted(enc[name].items()))))
    print('}')
    from encodings import aliases
    print('ALIASES = {')
    for alias, target in sorted(aliases.aliases.items()):
        if target in CODECS:
            print('    %r: %r,' % (alias, target))
    print('}')
    assert pairs['jisx0213_2000_1'] == pairs['jisx0213_2004_1']
    print("PAIRS = {'jisx0213_2004_1': {%s}}" % ', '.join('%r: 0x%x' % kv for kv in sorted(pairs['jisx0213_2004_1'].items())))
    print("PAIRS['jisx0213_2000_1'] = PAIRS['jisx0213_2004_1']  # the same in both editions")

main()
