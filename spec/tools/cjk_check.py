# Prints a digest of what each CJK codec does (spec/unit/cjk_codecs.test.ts runs it under pystm and
# python3): random byte strings decoded (strict: the error's range and reason; replace, ignore,
# backslashreplace: the text), every STEP-th code point encoded, random strings of encodable text
# round-tripped, incremental decoding in small chunks (the stateful codecs: random bytes drawn
# mostly from their escape sequences and shifts, and the incremental encoder's state after each
# chunk). Usage: cjk_check.py [STEP [codec ...]]
import codecs, random, sys, hashlib
STEP = int(sys.argv[1]) if len(sys.argv) > 1 else 37
names = sys.argv[2:] or ['big5', 'big5hkscs', 'cp932', 'cp949', 'cp950', 'euc_jis_2004', 'euc_jisx0213', 'euc_jp', 'euc_kr', 'gb18030', 'gb2312', 'gbk', 'johab', 'shift_jis', 'shift_jis_2004', 'shift_jisx0213']
ESCAPES = b'\x1b\x1b\x1b$$(()).&@ABCDFIJNOPQ\x0e\x0f\n~~{}'


def random_byte(rnd, stateful):
    if stateful and rnd.random() < 0.6:
        return rnd.choice(ESCAPES) if rnd.random() < 0.5 else rnd.randrange(0x21, 0x7f)
    return rnd.choice([rnd.randrange(256), rnd.randrange(0x80, 0x100), rnd.randrange(0x30, 0x3a), 0xa4, 0xd4, 0x8f, 0x81])


for name in names:
    rnd = random.Random(name)
    h = hashlib.sha1()
    lines = []
    stateful = name == 'hz' or name.startswith('iso2022')
    for k in range(300):
        data = bytes(random_byte(rnd, stateful) for _ in range(rnd.randint(1, 12)))
        try:
            r = ascii(data.decode(name))
        except UnicodeDecodeError as e:
            r = 'E %d %d %s' % (e.start, e.end, e.reason)
        lines.append('%s %s' % (data.hex(), r))
        for err in ('replace', 'ignore', 'backslashreplace'):
            lines.append('  %s %s' % (err, ascii(data.decode(name, err))))
    enc = []
    for cp in range(0, 0x110000, STEP):
        try:
            enc.append(chr(cp).encode(name).hex())
        except UnicodeEncodeError as e:
            enc.append('-%d%d' % (e.start, e.end))
    lines.append('enc ' + hashlib.sha1(' '.join(enc).encode()).hexdigest())
    chars = [chr(cp) for cp in range(0x20, 0x30000, STEP // 5 or 1) if not 0xd800 <= cp < 0xe000]
    ok = []
    for c in chars:
        try:
            c.encode(name); ok.append(c)
        except UnicodeEncodeError:
            pass
    for k in range(100):
        s = ''.join(rnd.choice(ok) for _ in range(rnd.randint(1, 20)))
        b = s.encode(name)
        lines.append('rt %s %s' % (b.hex(), ascii(b.decode(name))))
        d = codecs.getincrementaldecoder(name)()
        parts = []
        i = 0
        while i < len(b):
            j = i + rnd.randint(1, 3)
            parts.append(d.decode(b[i:j]))
            i = j
        parts.append(d.decode(b'', True))
        lines.append('inc %s' % ascii(parts))
        e = codecs.getincrementalencoder(name)()
        k = rnd.randint(0, len(s))
        lines.append('ienc %s %d %s %d' % (e.encode(s[:k]).hex(), e.getstate(), e.encode(s[k:], True).hex(), e.getstate()))
    for s in ['a\udc80b', '\u20ac\u00a5\u203e', 'x\U0010ffffy', '\ufffd']:
        for err in ('strict', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'ignore'):
            try:
                lines.append('e %s %s %s' % (ascii(s), err, s.encode(name, err).hex()))
            except UnicodeEncodeError as e:
                lines.append('e %s %s E %d %d %s' % (ascii(s), err, e.start, e.end, e.reason))
    print(name, codecs.lookup(name).name)
    for l in lines:
        print(l)
