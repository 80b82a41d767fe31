# stringprep (RFC 3454 over Unicode 3.2, unicodedata.ucd_3_2_0): where each table's membership
# changes over the first 0x3400 code points and a few later blocks, and the B.2/B.3 case foldings
# that differ from the character (spec/unit/stringprep_tables.test.ts checks every code point).
import stringprep as s
names = ['in_table_a1', 'in_table_b1', 'in_table_c11', 'in_table_c12', 'in_table_c11_c12', 'in_table_c21',
         'in_table_c22', 'in_table_c21_c22', 'in_table_c3', 'in_table_c4', 'in_table_c5', 'in_table_c6',
         'in_table_c7', 'in_table_c8', 'in_table_c9', 'in_table_d1', 'in_table_d2']
ranges = [(0, 0x3400), (0xD7F0, 0xE010), (0xF8F0, 0x10000), (0x1D100, 0x1D200), (0xE0000, 0xE0100),
          (0xFFFF0, 0x100010), (0x10FFF0, 0x110000)]
ranges += [(p * 0x10000 - 8, p * 0x10000 + 8) for p in range(3, 15)]
for lo, hi in ranges:
    print('range %x-%x' % (lo, hi))
    for n in names:
        f = getattr(s, n)
        runs = []
        prev = False
        for c in range(lo, hi):
            v = f(chr(c))
            if v != prev:
                runs.append(c)
                prev = v
        print(' ', n, ' '.join('%x' % r for r in runs))
    for n in ('map_table_b2', 'map_table_b3'):
        f = getattr(s, n)
        print(' ', n, ' '.join('%x:%s' % (c, ascii(f(chr(c)))) for c in range(lo, hi) if f(chr(c)) != chr(c)))
