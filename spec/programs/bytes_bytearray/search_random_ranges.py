# find/rfind/count/index/split/replace/partition of bytes and bytearray over random haystacks,
# needles and ranges (long haystacks take the native Buffer search path), checked as one digest.
import random
r = random.Random(3)
out = []
for i in range(3000):
    hay = bytes(r.choice(b'abc') for _ in range(r.randrange(0, 300)))
    nd = bytes(r.choice(b'abc') for _ in range(r.randrange(0, 6)))
    s = r.randrange(-10, 310); e = r.randrange(-10, 310)
    ba = bytearray(hay)
    out.append((hay.find(nd, s, e), hay.rfind(nd, s, e), hay.count(nd), ba.find(nd, s), ba.rfind(nd, 0, e), hay.index(nd) if nd in hay else None,
                hay.split(nd) if nd else None, hay.replace(nd, b'X') if nd else None, hay.partition(nd) if nd else None))
print(hash(repr(out)) if False else len(repr(out)), repr(out)[:100])
import hashlib; print(hashlib.md5(repr(out).encode()).hexdigest())
