# dumps() of big lists/sets/objects at protocols 4-5: frames committed in place every 64 KiB
# (pickle_save.ts boundaryInPlace) give the same bytes as CPython and as dump() to a file.
import pickle, hashlib, io
class P:
    def __init__(self, i):
        self.x = i; self.y = 'v' * (i % 50)
objs = [P(i) for i in range(20000)]
for p in (4, 5):
    for obj in (objs, list(range(100000)), [str(i) * 3 for i in range(30000)], set(range(50000))):
        d = pickle.dumps(obj, p)
        f = io.BytesIO(); pickle.dump(obj, f, p)
        print(p, len(d), hashlib.sha1(d).hexdigest(), d == f.getvalue())
