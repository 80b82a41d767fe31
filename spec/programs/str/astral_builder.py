# s += piece with astral text (code points above U+FFFF): builds in a buffer (kind-4 views), in
# linear time (100,000 appends), with views that never change, exact hashes, and lone
# surrogates kept apart from the pieces around them
s = ''
for i in range(3000):
    s += 'a😀' if i % 3 else 'bc'
    if i % 500 == 0:
        print(len(s), hash(s) == hash(s[:]), s[-3:], s.count('😀'))
t = s
u = s + 'X'          # s is the newest view: appends in place
v = s + 'Y'          # s is no longer the newest: copies
print(u[-2:], v[-2:], len(s), s == t, u != v, u[:-1] == v[:-1] == s)
d = {u: 1, v: 2, s: 3}
print(d[''.join(list(u))], d[s[:] + 'Y'], d[s])
b = 'x' * 300
b += '𝄞'
b += 'y' * 10
print(len(b), b[299:302], b.index('𝄞'), b.encode('utf-8')[-12:], hash(b) == hash(''.join(b)))
c = ''
for ch in ['\ud83d', '\ude00'] * 200 + ['𐍈']:
    c += ch
print(len(c), c[:2] == '\ud83d\ude00', c[-1] == '𐍈', c.encode('utf-8', 'surrogatepass')[:6])
w = ''
for i in range(2000):
    w += chr(0x1F600 + i % 50)
print(len(w), w[:3], w[-3:], sorted(set(w))[:2] == [chr(0x1F600), chr(0x1F601)], w < w + 'a', w.upper() == w)
print(repr(w[100:104]), ascii(w[:2]), w.split(chr(0x1F600))[1][:2], w.replace(chr(0x1F601), 'z')[:4])
big = ''
for i in range(100000):
    big += '\U0001F600' if i % 7 == 0 else 'ab'
print(len(big), big.count('\U0001F600'), hash(big) == hash(''.join(list(big))), big[-4:])
