# __eq__ call counts of dict and set lookups with colliding hashes and deleted slots match CPython.
calls = 0
class K:
    def __init__(self, v, h): self.v = v; self.h = h
    def __hash__(self): return self.h
    def __eq__(self, o):
        global calls
        calls += 1
        return isinstance(o, K) and self.v == o.v
d = {}
ks = [K(i, i % 3) for i in range(40)]
for k in ks[:20]: d[k] = 1
for k in ks[:20:3]: del d[k]
for k in ks[20:30]: d[k] = 2
print(calls, [k.v for k in d])
calls = 0
for k in ks: (K(k.v, k.h) in d)
print(calls)
s = set()
calls = 0
for k in ks[:25]: s.add(k)
for k in ks[:20:4]: s.discard(k)
for k in ks[25:]: s.add(k)
for k in ks: (K(k.v, k.h) in s)
print(calls, len(s))
