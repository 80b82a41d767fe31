# Prints where each stringprep table's membership changes over code points [LO, HI) (hex arguments) and
# every B.2/B.3 mapping that changes a character: spec/unit/stringprep_tables.test.ts runs it under
# pystm and python3 and compares.
import sys, stringprep as s
names = ['in_table_a1', 'in_table_b1', 'in_table_c11', 'in_table_c12', 'in_table_c11_c12', 'in_table_c21',
         'in_table_c22', 'in_table_c21_c22', 'in_table_c3', 'in_table_c4', 'in_table_c5', 'in_table_c6',
         'in_table_c7', 'in_table_c8', 'in_table_c9', 'in_table_d1', 'in_table_d2']
lo, hi = int(sys.argv[1], 16), int(sys.argv[2], 16)
out = []
for n in names:
    f = getattr(s, n)
    runs = []
    prev = False
    for c in range(lo, hi):
        v = f(chr(c))
        if v != prev:
            runs.append(c)
            prev = v
    out.append(n + ' ' + ' '.join('%x' % r for r in runs))
b2 = []
b3 = []
for c in range(lo, hi):
    ch = chr(c)
    x = s.map_table_b3(ch)
    if x != ch:
        b3.append('%x:%s' % (c, ascii(x)))
    y = s.map_table_b2(ch)
    if y != ch:
        b2.append('%x:%s' % (c, ascii(y)))
out.append('b3 ' + ' '.join(b3))
out.append('b2 ' + ' '.join(b2))
print('\n'.join(out))
