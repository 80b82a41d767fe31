# sorted() of 200k tuples with key=operator.itemgetter(1), 5 times (bench/NOTES: native
# _operator, 2026-12-05). Prints a checksum last.
import sys
from operator import itemgetter
n = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
rows = [(i, (i * 7919) % 100003) for i in range(n)]
key = itemgetter(1)
s = 0
for _ in range(5):
    out = sorted(rows, key=key)
    s += out[0][0] + out[-1][0]
print(s)
