# Indexing and slicing with negative indices and extended steps on BMP and astral strings.
s = "abcdefgh"
print(s[0], s[-1], s[2:5], s[-3:], s[:-3], s[::2], s[1::3], s[::-1], s[-2::-2], s[5:1:-1], s[100:], s[-100:2], s[3:3])
a = "a😀b€c"
print(a[1], a[-1], len(a), a[1:3], a[::-1], a[::-2], a[1::2], [c for c in a])
try:
    s[8]
except IndexError as e:
    print(e)
try:
    s["x"]
except TypeError as e:
    print(e)
try:
    s[1.5]
except TypeError as e:
    print(e)
