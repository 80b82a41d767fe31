# array.array item access: append, index reads, item stores, sum() and iteration, slices,
# tobytes/frombytes, over 'i' and 'd' arrays (vm/NOTES.md: the native array module,
# 2026-12-05). Prints a checksum last.
import sys
from array import array
n = int(sys.argv[1]) if len(sys.argv) > 1 else 200000

a = array('i')
for i in range(n):
    a.append(i & 1023)
d = array('d', [0.5]) * n
t = 0
for i in range(n):
    t += a[i]
for i in range(0, n, 2):
    a[i] = i & 255
    d[i] = i * 0.25
t += sum(a) + int(sum(d))
for x in a:
    t ^= x
b = array('i', a.tobytes())
t += len(b[::3]) + b[n // 2]
print(t)
