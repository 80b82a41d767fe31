# repr() and str.isprintable() follow CPython 3.11's Unicode 14.0 tables on every code point:
# characters assigned after 14.0 are escaped, not shown (Node's own tables are newer).
# Checked block by block (planes 0-3, where 14.0 assigns all but the tags and variation
# selectors of plane 14, also checked): the printable count and a digest of each block's repr.
total = 0
digest = 0
changes = []
prev = None
for start in list(range(0, 0x32000, 0x100)) + [0xE0000, 0xE0100]:
    chars = [chr(c) for c in range(start, start + 0x100) if not 0xD800 <= c < 0xE000]
    flags = [ch.isprintable() for ch in chars]
    total += sum(flags)
    text = "".join(chars)
    r = repr(text)
    digest = (digest * 1000003 + len(r) * 7 + r.count("\\")) % (2**61 - 1)
    if sum(flags) not in (0, len(chars)) or prev is None or (sum(flags) > 0) != prev:
        if len(changes) < 40:
            changes.append((hex(start), sum(flags)))
    prev = sum(flags) > 0
print(total)
print(digest)
print(changes)

# code points assigned in Unicode 15 (after CPython 3.11's 14.0): not printable, escaped
for cp in [0x11F00, 0x1FAF7, 0x1F6DC, 0x0CF3, 0x1E4D0, 0x31350, 0x10EFD]:
    ch = chr(cp)
    print(hex(cp), ch.isprintable(), ascii(repr(ch)))
# assigned in 14.0: printable
for cp in [0x1FAE7, 0x1F6DD, 0x0870, 0x2FFFD, 0x1E290]:
    ch = chr(cp)
    print(hex(cp), ch.isprintable(), ascii(repr(ch)))
# separators, format characters, private use, unassigned, noncharacters
for cp in [0x20, 0xA0, 0xAD, 0x2028, 0x2029, 0x200B, 0xFEFF, 0xE000, 0xF0000, 0xFFFE, 0x10FFFF, 0x3000, 0x1680]:
    ch = chr(cp)
    print(hex(cp), ch.isprintable(), ascii(repr(ch)), repr("a" + ch + "b") == "'a" + ch + "b'")
